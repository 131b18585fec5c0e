/**
 * Indirect speech whose content clause hangs on a noun or adjective instead
 * of a speech verb: "Chávez vertritt die Ansicht, dass …", "Calderón erteilte
 * der Luftwaffe den Befehl, … zu helfen", "Seit 2015 gab es Hinweise, dass …",
 * "Krueger ist zuversichtlich, … schlagen zu können".
 */
import {attributionByWord} from "../../../quotes/attribute.js";
import {speakerForCue} from "../../../quotes/cueSpeaker.js";
import {clauseEnd, clauseStart, type SentenceContext} from "../../../quotes/context.js";
import {isAdjective, phraseAt, type TokenRange} from "../../../quotes/phrase.js";
import type {ClauseRule} from "../../../quotes/rule.js";
import {LOWER_WORD, startsWithLetter, type Token, UPPER_START} from "../../../quotes/tokens.js";
import {commaArticles, nounClauseSubordinators} from "../clauseWords.js";
import {isDictionaryFiniteVerb} from "../finite-verb-dict.js";
import {finiteVerbs} from "../finite-verbs.js";
import {contentAdjectives, contentNounHeads, contentNouns} from "../contentNouns.js";
import {anyIn, CONTENT_OPENERS, endsWithZuInfinitive, span} from "./clauses.js";
import {speakerLike} from "../speakerRules/previous.js";
import {finiteAuxiliaries} from "../speakerRules/words.js";


const NOUNS = new Set(contentNouns);
const FINITE_AUXILIARIES = new Set(finiteAuxiliaries);
/** Whether a token outside quotes is a lower-case finite verb or auxiliary ("vertrat", "hat"). */
const lowerFinite = (t: Token) => t.quote < 0 && LOWER_WORD.test(t.text) && (FINITE_AUXILIARIES.has(t.lower) || finiteVerbs.has(t.lower) || isDictionaryFiniteVerb(t.lower));
const ADJECTIVES = new Set(contentAdjectives);
const NOUN_COMPOUND = new RegExp(`^\\p{Lu}\\p{L}{2,}(?:${contentNounHeads.join("|")})$`, "u");
/** Words between the noun and the comma: at most this many (a genitive or "von" phrase). */
const MAX_GAP = 8;
const GENITIVE = new Set(["der", "des", "von", "vom"]);
/** Prepositions that put the content noun in an adverbial phrase ("mit dem Appell", "zu der Frage", "in eine Andeutung"). */
const NOUN_PREPOSITIONS = new Set(["mit", "zu", "zum", "zur", "in", "im"]);
/** Determiners and adjectives in front of the noun ("die", "dem", "einer klaren"). */
const NOUN_LEAD = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|diese|diesen|dieser)$/;
/** A determiner or an adjective (not a verb in -e like "hatte") in front of the noun. */
const leadsNoun = (t: Token) => NOUN_LEAD.test(t.lower) || isAdjective(t);

function isContentWord(t: Token): boolean {
  if (t.quote >= 0) return false;
  if (UPPER_START.test(t.text)) return NOUNS.has(t.lower) || NOUN_COMPOUND.test(t.text);
  return ADJECTIVES.has(t.lower);
}

/** The speaker: a genitive after the noun ("das Eingeständnis der Ministerin"), else the subject at the clause start, else the noun. */
function speakerOf(tokens: Token[], from: number, word: number, comma: number): TokenRange {
  if (!UPPER_START.test(tokens[word].text)) {
    const subject = phraseAt(tokens, from, word, false);
    return subject && subject[0] === from ? subject : null;
  }
  // the noun phrase itself: its determiner and adjectives before, a genitive or "von" phrase after
  let first = word;
  while (first > from && first > word - 3 && leadsNoun(tokens[first - 1])) first--;
  const own = phraseAt(tokens, first, comma, false);
  const nounPhrase: TokenRange = own && own[1] >= word ? [first, own[1]] : [word, word];
  if (GENITIVE.has(tokens[word + 1]?.lower ?? "")) return nounPhrase;
  // "haben die Ministerin (SPD), der Verbandschef und die Landrätin den Vorschlag gemacht": the clause start fell on a list's comma
  const listed = from > 1 && tokens[from - 1].text === "," ? subjectAfterVerb(tokens, clauseStart(tokens, from - 2), first) : null;
  if (listed && tokens[listed[1] + 1]?.text === ",") return listed;
  const subject = phraseAt(tokens, from, word, false);
  // "Die Tagung endete mit dem Aufruf, …": a noun in a prepositional phrase speaks for itself unless a person or organisation is the subject
  if (first > from && NOUN_PREPOSITIONS.has(tokens[first - 1].lower) && !(subject && subject[0] === from && speakerLike(tokens, subject))) return nounPhrase;
  if (subject && subject[0] === from && subject[1] < first - 1) return subject;
  return subjectAfterVerb(tokens, from, first) ?? subjectBeforeApposition(tokens, from) ?? nounPhrase;
}

/**
 * `de.speaker.subject-before-apposition`: "Der Sprecher des Vereins, Karl Brenner, vertrat die Ansicht, …":
 * the clause opens with its finite verb after a comma, so its subject stands before an apposition set
 * off by commas; the speaker is found for that verb as for a speech verb (apposition included).
 */
function subjectBeforeApposition(tokens: Token[], from: number): TokenRange {
  const verb = tokens[from];
  if (from < 2 || tokens[from - 1].text !== "," || !verb || !lowerFinite(verb)) return null;
  const found = speakerForCue(tokens, from);
  return found && found[1] < from ? found : null;
}

/**
 * `de.speaker.subject-after-verb`: "Auf der Konferenz hat die Ministerin den Vorschlag gemacht, …":
 * when a phrase other than the subject opens the clause, the subject follows the finite verb; a
 * person or organisation there ({@link speakerLike}) right before the content noun's phrase is who
 * speaks, not the noun (a list of them is widened by the coordination refinement).
 */
function subjectAfterVerb(tokens: Token[], from: number, first: number): TokenRange {
  for (let v = from + 1; v < first - 1; v++) {
    const t = tokens[v];
    if (!lowerFinite(t)) continue;
    const phrase = phraseAt(tokens, v + 1, first, false);
    if (!phrase || phrase[0] !== v + 1 || !speakerLike(tokens, phrase)) return null;
    // the phrase runs up to the content noun's phrase, an adverb ("nun", "gestern") or a list at most between
    const rest = tokens.slice(phrase[1] + 1, first);
    return rest.every((r) => LOWER_WORD.test(r.text) || r.text === "," || UPPER_START.test(r.text)) ? phrase : null;
  }
  return null;
}

const SUBORDINATORS = new Set(nounClauseSubordinators);
const ARTICLES = new Set(commaArticles);

/**
 * "hatte den Standpunkt vertreten, das Gericht sei nicht zuständig": a main clause in Konjunktiv I
 * after the comma (not a subordinate or relative clause: ", das er habe" has no noun after "das").
 */
function konjunktivMainClause(s: SentenceContext, i: number): boolean {
  const {tokens} = s;
  const first = tokens[i].lower;
  if (SUBORDINATORS.has(first) || (ARTICLES.has(first) && !UPPER_START.test(tokens[i + 1]?.text ?? ""))) return false;
  const end = clauseEnd(tokens, i);
  if (anyIn(s.strongKonjunktiv, i, end)) return true;
  // "…, ihre Entscheidung, dem Verein die Mittel zu streichen, sei falsch gewesen": a zu-infinitive set off inside the subject
  if (tokens[end]?.text !== "," || end - i > 4) return false;
  const inserted = clauseEnd(tokens, end + 1);
  if (tokens[inserted]?.text !== "," || !endsWithZuInfinitive(tokens, end + 1, inserted)) return false;
  const after = clauseEnd(tokens, inserted + 1);
  return anyIn(s.strongKonjunktiv, inserted + 1, after);
}

/**
 * "Das Eingeständnis der Ministerin, sie habe sich geirrt, kam spät.": a content noun opening the
 * sentence is the subject of a main clause that resumes after the content clause, at a comma and
 * a finite verb that is no Konjunktiv ("kam", "hatte … geführt"); the content ends there. The
 * sentence end otherwise, or when the noun does not open the sentence.
 */
function contentEnd(s: SentenceContext, word: number, comma: number): number {
  const {tokens} = s;
  // the noun phrase opens the sentence and runs to the comma ("Ein Ergebnis ist, dass …" has its verb already)
  const own = phraseAt(tokens, 0, comma, false);
  if (!tokens.slice(0, word).every(leadsNoun) || !own || own[0] !== 0 || own[1] !== comma - 1) return tokens.length;
  for (let c = comma + 2; c < tokens.length - 2; c++) {
    const verb = tokens[c + 1];
    if (tokens[c].text !== "," || verb.quote >= 0 || !LOWER_WORD.test(verb.text) || s.konjunktiv.includes(c + 1)) continue;
    // "…, etwa der Fischerei, führt.": a verb the sentence or a comma ends is the content clause's own
    if (!startsWithLetter(tokens[c + 2])) continue;
    if (finiteVerbs.has(verb.lower) || isDictionaryFiniteVerb(verb.lower)) return c;
  }
  return tokens.length;
}

/**
 * "So gebe es Hinweise, dass …" after an attributed report: the noun that would speak for itself
 * stands in a Konjunktiv clause of the carried report, so the sentence continues that report
 * (the Konjunktiv continuation) instead of quoting the noun.
 */
function reportedAround(s: SentenceContext, word: number): boolean {
  return !!s.last && s.konjunktiv.some((k) => k < word && s.tokens[k].quote < 0);
}

export const nounClause: ClauseRule = {
  id: "de.quote.indirect.noun-clause",
  apply(s) {
    const {tokens} = s;
    for (let c = 2; c < tokens.length - 3; c++) {
      if (tokens[c].text !== "," || tokens[c].quote >= 0) continue;
      const i = c + 1;
      if (tokens[i].quote >= 0) continue;
      if (!CONTENT_OPENERS.has(tokens[i].lower) && tokens[i].lower !== "wonach" && !endsWithZuInfinitive(tokens, i) && !konjunktivMainClause(s, i)) continue;
      const from = clauseStart(tokens, c - 1);
      let word = -1;
      for (let j = c - 1; j >= from && j >= c - 1 - MAX_GAP; j--) {
        if (isContentWord(tokens[j])) {
          word = j;
          break;
        }
      }
      if (word < 0) continue;
      const speaker = speakerOf(tokens, from, word, c);
      if (speaker && speaker[0] <= word && word <= speaker[1] && reportedAround(s, word)) return null;
      const start = tokens[i].lower === "wonach" ? i + 1 : i; // "wonach" is not part of the content, "dass" is
      return {...span(tokens, start, contentEnd(s, word, c)), type: "indirect", ...attributionByWord(tokens, word, speaker)};
    }
    return null;
  }
};
