/**
 * Quotation marks that do not hold a speaker's words. Such quotations are
 * DROPPED (no row in quotes.csv): names and titles (»CNN«, „Truth Social“,
 * „Shenzhou 6“, a slogan in capitals like „GESUNDER MENSCHENVERSTAND“, a web
 * address), and terms the writer marks as a name ("die so genannte
 * „Reichensteuer“"). Partial quotes in lower case ("als „haltlos“
 * zurückgewiesen") are kept as direct speech: the corpus counts them, and they
 * are the speaker's words.
 */
import type {NotSpeechRule} from "../../../quotes/rule.js";
import {isWord, type Token, UPPER_START} from "../../../quotes/tokens.js";
import {firstPersonWords} from "../konjunktiv.js";
import {characterisingLemmas} from "../speechVerbs.js";
import {lowerBound} from "../../../text/lower-bound.js";
import type {PairContext} from "../../../quotes/rule.js";
import type {Cue} from "../../../quotes/context.js";

/** Small words allowed inside a name or title ("Island Wetland Protection Society", "Le Canard enchaîné"). */
const NAME_JOINERS = new Set(["of", "the", "and", "for", "a", "de", "la", "le", "les", "du", "des", "pour", "un", "une", "et", "en", "voor", "van", "het", "di", "da", "dos", "los", "las", "del", "el", "il", "y", "der", "die", "das", "von", "für", "und", "&", "am", "im", "an", "in", "zur", "zum", "mit", "dem", "-", "–"]);
/** Words right before a quotation that mark it as a name or term. */
const NAMING_LEAD = new Set(["kongress", "preis", "partei", "verband", "bewegung", "ausstellung", "biennale", "roman", "werk", "organisation", "gruppe", "allianz", "zeitschrift", "wochenzeitung", "blatt", "website", "webseite", "portal", "aufschrift", "transparent", "plakat", "marke", "serie", "show", "festival", "wettbewerb", "meisterschaft", "turnier", "institut", "verein", "initiative", "bündnis", "netzwerk", "dokumentarfilm", "art", "modell", "typ", "name", "sogenannte", "sogenannten", "sogenannter", "genannte", "genannten", "genannt", "titel", "namen", "motto", "slogan", "wahlkampfslogan", "wahlkampfmotto", "hashtag", "schlagzeile", "bezeichnung", "begriff", "stichwort", "plattform", "zeitung", "magazin", "sender", "sendung", "film", "buch", "album", "song", "lied", "operation", "projekt", "programm", "aktion", "kampagne", "schiff", "firma", "unternehmen", "konzern", "gesellschaft", "band", "raumschiff", "sonde", "mission"]);

const CHARACTERISING = new Set(characterisingLemmas);
const CLAUSE_MARK = /^[,;:]$/u;

/**
 * Whether the quotation stands after a speech verb that characterises (the last cue before it) in the speaker's words ("nannte den Plan eine „…“",
 * "sprach von einem „…“"; `characterisingLemmas`), in that verb's clause: the policy for partial
 * quotes is that such a phrase is the speaker's, whatever its capitals and whatever article or preposition precedes it.
 */
export function afterCharacterisingCue({pair, sentence}: PairContext): boolean {
  const {tokens, cues} = sentence;
  // the last cue before the quotation ("spricht von einer … und fordert eine Rücknahme von „…“" is a demand's object, not a characterisation)
  const n = lowerBound(cues.length, (i) => tokens[cues[i].index].start < pair.open);
  const cue = n ? cues[n - 1] : null;
  if (!cue || !CHARACTERISING.has(cue.form.lemma)) return false;
  // no clause mark outside quotations between the cue and the quotation (counted once per sentence: linear in long lines)
  const marks = clauseMarksBefore(tokens);
  return marks[lowerBound(tokens.length, (j) => tokens[j].start < pair.open)] === marks[cue.index + 1];
}

const clauseMarkCounts = new WeakMap<readonly Token[], Int32Array>();

/** For each token index k, how many clause marks outside quotations stand before it (memoised per token list). */
function clauseMarksBefore(tokens: readonly Token[]): Int32Array {
  let counts = clauseMarkCounts.get(tokens);
  if (!counts) {
    counts = new Int32Array(tokens.length + 1);
    for (let k = 0; k < tokens.length; k++) counts[k + 1] = counts[k] + (tokens[k].quote < 0 && CLAUSE_MARK.test(tokens[k].text) ? 1 : 0);
    clauseMarkCounts.set(tokens, counts);
  }
  return counts;
}

const sayCues = new WeakMap<readonly Cue[], boolean>();

/** Whether a sentence has a verb of saying among its cues (memoised per cue list: a line of many quotations asks once). */
function hasSayCue(cues: readonly Cue[]): boolean {
  let has = sayCues.get(cues);
  if (has === undefined) sayCues.set(cues, (has = cues.some((c) => c.form.kind === "say")));
  return has;
}

/** Words that join the two nouns of a binomial idiom: "Tag und Nacht", "Schritt für Schritt", "Seite an Seite". */
const BINOMIAL_JOINERS = new Set(["und", "oder", "für", "um", "an", "in", "zu", "nach", "auf"]);
const ARTICLE_OR_PREPOSITION = new Set(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "zum", "zur", "im", "am", "beim", "vom", "von", "bei", "auf", "in", "mit", "aus", "für", "laut", "wie", "über", "unter"]);

/**
 * A binomial idiom in quotation marks used as an adverb, not a name: two capitalised nouns joined by one word ("Tag und Nacht",
 * "Schritt für Schritt"), the same noun twice after any word, or two nouns after a lower-case word that is no article or
 * preposition ("werde „Tag und Nacht“ verhandeln"; "der Roman „Krieg und Frieden“", "Reihe „Wasser und Wind“" stay titles).
 */
function binomialIdiom({inner, lead, pair, sentence}: PairContext): boolean {
  const ws = inner.filter(isWord);
  if (ws.length !== 3 || !BINOMIAL_JOINERS.has(ws[1].lower) || !UPPER_START.test(ws[0].text) || !UPPER_START.test(ws[2].text)) return false;
  const before = lead[lead.length - 1] ?? "";
  if (!before || NAMING_LEAD.has(before)) return false;
  if (ws[0].lower === ws[2].lower) return true;
  // two nouns: after a verb or adverb, not after a noun that may name them ("Reihe „Wasser und Wind“")
  const {tokens} = sentence;
  const k = lowerBound(tokens.length, (j) => tokens[j].start < pair.open) - 1;
  return k >= 0 && isWord(tokens[k]) && !UPPER_START.test(tokens[k].text) && !ARTICLE_OR_PREPOSITION.has(before);
}

/** Longest name or title in words. */
const MAX_TITLE_WORDS = 12;

/** »CNN«, „Truth Social“, „Morning Star“, „GESUNDER MENSCHENVERSTAND“, „tagesschau.de“: every word capitalised, few words. */
export const nameOrTitle: NotSpeechRule = {
  id: "de.quote.not-speech.name-or-title",
  test(context) {
    const {inner, words, sentenceLike, lead} = context;
    if (words === 0 || words > MAX_TITLE_WORDS) return false;
    // a longer quotation counts as a title only when every word is capitalised and it has no final stop
    // ("III Championnat du Monde de Course en Montagne"); German sentences have lower-case verbs
    if (sentenceLike && (words < 4 || /[.!?:;]$/.test(inner[inner.length - 1]?.text ?? "") || inner.some((t) => FIRST_PERSON.has(t.lower)))) return false;
    if (/[.!?]$/.test(inner[inner.length - 1]?.text ?? "") && words > 2) return false;
    const ws = inner.filter(isWord);
    if (ws.length === 1 && /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u.test(ws[0].text)) return true; // web address
    if (ws.length === 1) return /^[\p{Lu}\d][\p{Lu}\d-]+$/u.test(ws[0].text); // an acronym (»CNN«) is a name; other single words are decided by context
    // "als „Deal des Jahrzehnts“ bezeichnet": a characterisation in someone's words ("wie" is left out: "Zeitungen wie „Die Zeit“")
    if (lead.includes("als")) return false;
    if (binomialIdiom(context) || afterCharacterisingCue(context)) return false;
    return ws.every((t, i) => /^[\p{Lu}\d]/u.test(t.text) || (i > 0 && NAME_JOINERS.has(t.lower)));
  }
};

/** "die so genannte „Reichensteuer“", "unter dem Motto „…“", "das Raumschiff „Shenzhou 6“": a name or term, not speech. */
export const namedTerm: NotSpeechRule = {
  id: "de.quote.not-speech.named-term",
  test({lead, sentenceLike}) {
    if (sentenceLike) return false;
    // "(Motto: „…“)": the naming word stands before a colon
    const last = (lead[lead.length - 1] === ":" ? lead[lead.length - 2] : lead[lead.length - 1]) ?? "";
    if (NAMING_LEAD.has(last) || NAMING_LEAD.has(last.replace(/^.*-/, ""))) return true;
    for (let n = 4; n <= last.length - 3; n++) if (NAMING_LEAD.has(last.slice(n))) return true; // compounds: "Dokumentarfilm", "Klimakongress"
    return false;
  }
};

/**
 * A single capitalised word with no verb of saying in its sentence (a speech-act verb such as
 * "beanstandet", "halten … für" names an attitude, not words) and no "als" before it
 * ("die „Sammelstelle“"): a term, not speech.
 */
export const loneNoun: NotSpeechRule = {
  id: "de.quote.not-speech.lone-noun",
  test({inner, words, sentence, lead}) {
    if (words !== 1) return false;
    const word = inner.find(isWord)!;
    if (!UPPER_START.test(word.text)) return false;
    return !hasSayCue(sentence.cues) && !lead.includes("als") && !lead.includes("wie");
  }
};

/** "Kreuzungen („Hybride“) zwischen Eseln und Pferden": a few words in quotation marks that fill a parenthesis after a noun gloss it, they are a term. */
export const glossInParentheses: NotSpeechRule = {
  id: "de.quote.not-speech.gloss-in-parentheses",
  test({lead, after, words, sentenceLike}) {
    return !sentenceLike && words <= 3 && lead[lead.length - 1] === "(" && after[0]?.text === ")";
  }
};

const FIRST_PERSON = new Set(firstPersonWords);
const ARTICLES = new Set(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "zum", "zur", "im", "am", "beim", "vom"]);

/**
 * "den „Preis für europäische Verständigung“", "beim „2. Deutschen
 * Klimakongress“", "der Film „Eine unbequeme Wahrheit“": a capitalised phrase
 * of a few words right after an article is the name of a thing, not speech.
 */
export const titleAfterArticle: NotSpeechRule = {
  id: "de.quote.not-speech.title-after-article",
  test(context) {
    const {inner, words, sentenceLike, lead} = context;
    if (sentenceLike || words < 2 || words > 8) return false;
    if (/[.!?,]$/.test(inner[inner.length - 1]?.text ?? "")) return false;
    const first = inner.find(isWord);
    if (!first || !/^[\p{Lu}\d]/u.test(first.text)) return false;
    if (lead.includes("als") || inner.some((t) => FIRST_PERSON.has(t.lower))) return false; // "als einen „Akt …“", „… unseres Landes“
    // "nannte den Plan eine „Bankrotterklärung …“": the speaker's words (afterCharacterisingCue)
    return ARTICLES.has(lead[lead.length - 1] ?? "") && !afterCharacterisingCue(context);
  }
};

/** Verb forms that give a name: "auch „Grauer“ genannt", "„Lumora“, so heißt eine Plattform", "Der Name lautet „…“". */
const NAMING_AFTER = new Set(["genannt", "getauft", "benannt"]);
const NAMING_VERBS = new Set(["heißt", "hieß", "heißen", "hießen", "lautet", "lautete"]);

/**
 * A short quotation that a naming verb gives as a name: "Der Wolf GW924, auch
 * „Grauer“ genannt", "„Lumora“, so heißt eine geplante Plattform", "Der
 * wissenschaftliche Name lautet „Bombus ferrugineus“". Not "…“, heißt es in der
 * Erklärung" (a speech cue) or "als „…“ bezeichnet" (a characterisation).
 */
export const namedByVerb: NotSpeechRule = {
  id: "de.quote.not-speech.named-by-verb",
  test({after, lead, words, sentenceLike}) {
    if (sentenceLike || words > 4 || lead.includes("als")) return false;
    if (NAMING_AFTER.has(after[0]?.lower ?? "")) return true;
    const k = after[0]?.text === "," && after[1]?.lower === "so" ? 2 : -1;
    if (k > 0 && NAMING_VERBS.has(after[k]?.lower ?? "") && after[k + 1]?.lower !== "es") return true;
    const verb = lead[lead.length - 1] ?? "";
    return NAMING_VERBS.has(verb) && NAMING_LEAD.has(lead[lead.length - 2] ?? "");
  }
};

