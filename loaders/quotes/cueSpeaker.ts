/**
 * The speaker phrase of a speech verb: speaker rules in order (set in
 * lang/de/index.ts), then the general subject search before or after the verb.
 */
import {cueClauseSubordinators, reportSubordinators} from "../lang/de/clauseWords.js";
import {adverbForm, afterVerbPrepositions, genitiveNounEndings as GENITIVE_NOUN, nominativeDeterminers, openingDegreeAdverbs} from "../lang/de/speakerWords.js";
import {speakerLike} from "../lang/de/speakerRules/previous.js";
import {relativeObjectAfter} from "../lang/de/speakerRules/relativeObject.js";
import {konjunktivI} from "../lang/de/konjunktiv.js";
import {isCommonNoun} from "../lang/de/common-nouns.js";
import {subjectConjunctions, tenseAuxiliaries} from "../lang/de/speakerRules/words.js";
import {speakerRefinements, speakerRules} from "../lang/de/index.js";
import {clauseStart, DETERMINER_WORDS} from "./context.js";
import {isAdjective, phraseAt, phraseBefore, type TokenRange} from "./phrase.js";
import type {SpeakerContext} from "./speakerRule.js";
import {LOWER_START, perTokens, type Token, TokensCache, UPPER_START} from "./tokens.js";


const SUBORDINATORS = new Set(cueClauseSubordinators);
const PREPOSITIONS = new Set(["am", "im", "in", "an", "auf", "bei", "beim", "vor", "nach", "mit", "zu", "zum", "zur", "über", "unter", "gegenüber", "während", "seit", "gegen", "für", "aus", "vom", "von", "durch", "ohne", "trotz", "wegen", "angesichts", "anlässlich", "bezüglich", "hinsichtlich", "kurz", "bereits", "zuvor", "dort", "hier", "damals", "gestern", "heute", "morgen", "dabei", "dazu", "darin", "darauf", "daraufhin", "deshalb", "daher", "dennoch", "trotzdem", "allerdings", "unterdessen", "inzwischen", "zudem", "außerdem", "später", "zuletzt", "zunächst", "schließlich", "weiter", "so", "nun", "jetzt", "demnach", "derweil", "indes", "indessen", "ebenso", "gleichzeitig", "zugleich", "anschließend", "danach", "vorher", "erst", "doch", "jedoch", "aber"]);
const AFTER_VERB_SKIP = new Set(["hingegen", "dagegen", "sich", "ihn", "ihm", "ihnen", "uns", "mir", "auch", "außerdem", "zudem", "ebenfalls", "jedoch", "aber", "nun", "bereits", "dazu", "dabei", "darin", "erneut", "zuletzt", "weiter", "noch", "schon", "dann", "am", "heute", "gestern"]);

/**
 * The speaker phrase for a speech verb: the subject in front of it ("Der
 * Staatsanwalt sagte"), or after it when something else comes first ("Am
 * Mittwoch sagte der Sprecher", "…“, sagte er", "wie er sagte").
 */
export function speakerForCue(tokens: Token[], cue: number): TokenRange {
  // several rules ask for the same cue's speaker: remember it per token list (tokens are not changed once marked)
  let memo = speakerMemo.get(tokens);
  if (!memo) speakerMemo.set(tokens, (memo = new Map()));
  let found = memo.get(cue);
  if (found === undefined) memo.set(cue, (found = findSpeakerForCue(tokens, cue)));
  return found;
}

/** Speakers found per token list and cue index (weakly held: dropped with the sentence's tokens). */
const speakerMemo = new WeakMap<Token[], Map<number, TokenRange>>();

/** What the speaker rules see of one cue; `phraseAfter` is a method on its tokens, so no function is made per cue. */
export class CueContext implements SpeakerContext {
  constructor(
    readonly tokens: Token[],
    readonly cue: number,
    readonly from: number
  ) {}

  phraseAfter(i: number): TokenRange {
    return phraseAfter(this.tokens, i);
  }
}

function findSpeakerForCue(tokens: Token[], cue: number): TokenRange {
  const context = new CueContext(tokens, cue, clauseStart(tokens, cue));
  let found: TokenRange | undefined;
  for (const rule of speakerRules) if ((found = rule.find(context)) !== undefined) break;
  if (found === undefined) found = subjectOfCue(tokens, cue, context.from);
  for (const refinement of speakerRefinements) if (found) found = refinement.refine(context, found) ?? found;
  return found;
}

/** Whether the prefield before the verb is one noun phrase that reads as its subject: a masculine nominative article, or a person or organisation as its head. */
function nominativePrefield(tokens: Token[], from: number, cue: number): boolean {
  const before = phraseBefore(tokens, from, cue);
  if (!before || before[0] !== from || before[1] !== cue - 1) return false;
  if (NOMINATIVE_LEADS.has(tokens[from].lower)) return true;
  // the head is a person or organisation ("Die Anwältin"), not a genitive after it ("Die Entscheidung des Gerichts")
  let head = from;
  while (head < cue && !UPPER_START.test(tokens[head].text)) head++;
  if (head === from && DETERMINER_WORDS.has(tokens[head].lower)) head++;
  return head < cue && speakerLike(tokens, [head, head]);
}

const NOMINATIVE_LEADS = new Set(["der", "ein", "kein"]);

/** The general subject search of `speakerForCue`, when no speaker rule decides. */
const DEGREE_ADVERBS = new Set(openingDegreeAdverbs);

/**
 * Whether the phrase tokens[0..end] before the verb (token `cue`) is a capitalised adverb opening the
 * sentence, not a subject: an adverb by its ending alone ("Ähnlich äußerte sich …"), or one of degree
 * before a lower-case word other than the verb ("Ganz aktuell berichtete …", "Gerade deshalb warnte …").
 */
function openingAdverb(tokens: Token[], end: number, cue: number): boolean {
  const degree = DEGREE_ADVERBS.has(tokens[0].lower) && cue > 1 && LOWER_START.test(tokens[1].text);
  return degree || (end === 0 && adverbForm.test(tokens[0].lower));
}

/**
 * de.speaker.fronted-object: "Verständnis äußerte hingegen die Bürgermeisterin …", "Kritik übte auch der Verband der
 * Lehrer": one bare common noun in front of the verb that names no person or organisation is the fronted object
 * when a person or organisation follows the verb; that phrase is the subject.
 */
function frontedObject(tokens: Token[], before: [number, number], cue: number): boolean {
  if (before[0] !== 0 || before[1] !== 0 || cue !== 1 || !UPPER_START.test(tokens[0].text)) return false;
  if (!isCommonNoun(tokens[0].lower) || speakerLike(tokens, before)) return false;
  const after = phraseAfter(tokens, cue + 1);
  return !!after && speakerLike(tokens, after);
}

function subjectOfCue(tokens: Token[], cue: number, from: number): TokenRange {
  let after: TokenRange | undefined;
  const agent = passiveAgent(tokens, from, cue);
  if (agent) return agent;
  const relative = relativeSubject(tokens, from, cue);
  if (relative) return relative;
  if (from < cue) {
    const first = tokens[from].lower;
    if (SUBORDINATORS.has(first)) {
      // "wie er sagte", "wie aus Unternehmenskreisen verlautete"
      const k = tokens[from + 1]?.lower === "aus" ? from + 2 : from + 1;
      return phraseAt(tokens, k, cue);
    }
    const next = tokens[cue + 1];
    // "…, sagte sie", "Die Zahlen bestätigte sie": the pronoun after the verb is the subject, unless it is an
    // object "sie" after a subject that fills the prefield ("Der Anwalt forderte sie auf", "Die Anwältin riet sie …")
    const pronounAfter = next && next.quote < 0 && (next.lower === "er" || (next.lower === "sie" && !nominativePrefield(tokens, from, cue)));
    if (!PREPOSITIONS.has(first) && !pronounAfter) {
      const before = phraseBefore(tokens, from, cue);
      // "Ähnlich äußerte sich der Präsident": a capitalised adverb in front is not the subject
      if (before && !(before[0] === 0 && openingAdverb(tokens, before[1], cue) && phraseAfter(tokens, cue + 1)) && !frontedObject(tokens, before, cue)) return before;
    }
    // "… hatte VW-Chef Winterkorn erklärt": the subject follows the auxiliary of a participle
    const aux = findAuxiliary(tokens, from, cue);
    if (aux >= 0) {
      const subject = phraseAt(tokens, aux + 1, cue);
      if (subject) return subject;
    }
    after = phraseAfter(tokens, cue + 1);
    if (after && after[0] === after[1] && /^(?:es|man)$/.test(tokens[after[0]].lower) && /^(?:in|im|aus|auf)$/.test(first)) {
      // "In einem Positionspapier heißt es": the document stands for its author
      return phraseAt(tokens, from + 1, cue) ?? after;
    }
    if (after || !AUXILIARY.has(first)) return after ?? null;
  }
  if (from > 0 && tokens[from - 1].text === ",") {
    // "Tom Reese, ein Abgeordneter aus Ohio, sagte, …": the subject and its apposition before the comma;
    // "Ute Lenz, die als Sprecherin auftritt, erklärte": the subject without its relative clause;
    // "Der ARD-Korrespondent in Kairo, Paul Menge, berichtete": a place phrase inside
    const head = phraseAt(tokens, 0, from);
    if (head) {
      let k = head[1] + 1;
      // "Die Ministerin für Arbeit und Soziales, Anna Berg, sagte": "und" between capitalised words of a name
      const joins = (j: number) => NP_CONJUNCTIONS.has(tokens[j].lower) && UPPER_START.test(tokens[j - 1].text) && UPPER_START.test(tokens[j + 1].text);
      while (k < from - 1 && tokens[k].text !== "," && (NP_LINKS.has(tokens[k].lower) || UPPER_START.test(tokens[k].text) || joins(k) || (isAdjective(tokens[k]) && UPPER_START.test(tokens[k + 1].text)))) k++;
      // "Die Brücke, die Straße und der Tunnel seien frei, sagte der Landrat": a Konjunktiv I after the comma
      // makes the stretch a report, neither apposition nor relative clause; the subject follows the verb
      if (tokens[k]?.text === "," && !reportBefore(tokens, k + 1, from - 1)) {
        if (!RELATIVE.has(tokens[k + 1]?.lower ?? "")) return [head[0], from - 2];
        // ", der Bürgermeister von Mexiko-Stadt," is an apposition (kept); ", der als Sprecher fungiert," a relative clause
        const apposition = phraseAt(tokens, k + 1, from - 1, false);
        return apposition && apposition[1] === from - 2 ? [head[0], from - 2] : [head[0], k - 1];
      }
    }
  }
  return after === undefined ? phraseAfter(tokens, cue + 1) : after;
}

/**
 * Whether tokens [from, to) hold a report: a Konjunktiv I in a stretch between commas that no
 * subordinator opens ("…, die Straße und der Tunnel seien frei", "…, um … zu verleihen, habe sie
 * …"); not one only inside a content clause of a noun ("Die Behauptung, dass der Verein … habe, wies
 * der Kassenwart zurück").
 */
function reportBefore(tokens: Token[], from: number, to: number): boolean {
  if (from >= to) return false;
  const {comma, forms, reports} = reportTable(tokens);
  // up to the first comma, the stretch is opened by its first token; after it, by the word after its own comma
  const first = Math.min(comma[from], to);
  if (!CLAUSE_OPENERS.has(tokens[from]?.lower ?? "") && forms[first] > forms[from]) return true;
  return first < to && reports[to] > reports[first];
}

/**
 * Per token array, made once (a speaker search per cue asks for the stretches before it): the first comma
 * at or after each token, prefix counts of Konjunktiv I forms, and of those after a comma whose stretch no
 * subordinator opens.
 */
const reportTables = new TokensCache<Token[], {comma: Int32Array; forms: Int32Array; reports: Int32Array}>();

const reportTable = (tokens: Token[]) => perTokens(reportTables, tokens, reportTableOf);

function reportTableOf(tokens: Token[]): {comma: Int32Array; forms: Int32Array; reports: Int32Array} {
  const n = tokens.length;
  const table = {comma: new Int32Array(n + 1), forms: new Int32Array(n + 1), reports: new Int32Array(n + 1)};
  table.comma[n] = n;
  for (let j = n - 1; j >= 0; j--) table.comma[j] = tokens[j].text === "," ? j : table.comma[j + 1];
  let opened = true; // before any comma: not counted in `reports` (the caller reads `forms` there)
  for (let j = 0; j < n; j++) {
    const comma = tokens[j].text === ",";
    if (comma) opened = CLAUSE_OPENERS.has(tokens[j + 1]?.lower ?? "");
    const form = !comma && KONJUNKTIV_I.has(tokens[j].lower);
    table.forms[j + 1] = table.forms[j] + (form ? 1 : 0);
    table.reports[j + 1] = table.reports[j] + (form && !opened ? 1 : 0);
  }
  return table;
}

const RELATIVE_PREPOSITIONS = new Set(["von", "bei", "in", "an", "auf", "mit", "nach", "gegenüber", "vor", "für", "über"]);

/**
 * The subject of a relative clause: ", der … betonte" (the relative pronoun, also before an object:
 * `relativeObjectAfter`),
 * ", von dem die Polizei glaubt" / ", bei dem sie gesagt hatte" (the phrase after the pronoun).
 */
function relativeSubject(tokens: Token[], from: number, cue: number): TokenRange {
  if (from === 0 || tokens[from - 1].text !== ",") return null;
  let r = from;
  const preposition = RELATIVE_PREPOSITIONS.has(tokens[r].lower);
  if (preposition) r++;
  if (r >= cue || !RELATIVE.has(tokens[r].lower) || tokens[r].lower === "wo") return null;
  // ", die einen Rückgang bekannt gab": the phrase after the pronoun is its object (de.speaker.relative-object)
  if (!preposition && relativeObjectAfter(tokens, r, cue)) return [r, r];
  const whole = phraseAt(tokens, from, cue);
  if (!preposition && whole && whole[0] === from && whole[1] === cue - 1) return null; // ", der Sprecher sagte": an article
  const next = tokens[r + 1];
  if (next && next.quote < 0 && (DETERMINER_WORDS.has(next.lower) || UPPER_START.test(next.text) || /^(?:er|sie)$/.test(next.lower))) {
    const phrase = phraseAt(tokens, r + 1, cue);
    if (phrase) return phrase;
  }
  return preposition ? null : [r, r];
}

const NP_CONJUNCTIONS = new Set(subjectConjunctions);
const KONJUNKTIV_I = new Set(konjunktivI);
const CLAUSE_OPENERS = new Set([...reportSubordinators, "dass", "daß"]);
const NP_LINKS = new Set(["in", "im", "aus", "von", "vom", "bei", "beim", "für", "der", "des", "dem", "den", "am", "an"]);
const RELATIVE = new Set(["der", "die", "das", "den", "dem", "deren", "dessen", "welcher", "welche", "welches", "wo"]);
const AUXILIARY = new Set(tenseAuxiliaries);

/** "von ihm als „…“ beschrieben wurde": in the passive, the speaker is the "von" phrase. */
function passiveAgent(tokens: Token[], from: number, cue: number): TokenRange {
  if (!/^(?:wurde|wurden|worden|wird|werden)$/.test(tokens[cue + 1]?.lower ?? "")) return null;
  for (let j = from; j < cue; j++) {
    if (tokens[j].quote >= 0 || (tokens[j].lower !== "von" && tokens[j].lower !== "vom")) continue;
    const p = tokens[j + 1]?.lower;
    if (p === "ihm" || p === "ihr" || p === "ihnen") return [j + 1, j + 1];
    const phrase = phraseAt(tokens, j + 1, cue);
    if (phrase) return phrase;
  }
  return null;
}

function findAuxiliary(tokens: Token[], from: number, to: number): number {
  for (let j = from; j < to; j++) if (AUXILIARY.has(tokens[j].lower)) return j;
  return -1;
}

/** The subject phrase after a verb, skipping "sich" and a few adverbs. */
export function phraseAfter(tokens: Token[], i: number): TokenRange {
  let j = i;
  while (j < tokens.length && AFTER_VERB_SKIP.has(tokens[j].lower) && j < i + 3) j++;
  if (j >= tokens.length || tokens[j].quote >= 0) return null;
  if (tokens[j].lower === "es" && j + 2 < tokens.length && /^(?:in|im|aus|auf)$/.test(tokens[j + 1].lower)) {
    // "heißt es in der Erklärung": the statement stands for its author
    return phraseAt(tokens, j + 2);
  }
  // "sagte am Montag der Minister": "am" opens a phrase of time here, not skipped on its own
  let p = i;
  while (p < j && !AFTER_VERB_PREPOSITIONS.has(tokens[p].lower)) p++;
  return subjectAfterAdverbials(tokens, p) ?? phraseAt(tokens, j);
}

const AFTER_VERB_PREPOSITIONS = new Set(afterVerbPrepositions);
const NOMINATIVE = new Set(nominativeDeterminers);
const GENITIVE = new Set(["des", "eines"]);
const PP_DETERMINERS = new Set([...DETERMINER_WORDS, "diesem", "seinem", "ihrem", "seiner", "ihrer", "einer", "einem"]);

/** The end (exclusive) of a noun phrase object of a preposition at i: a determiner, adjectives or numbers, one noun, genitives. -1 when none. */
function objectEnd(tokens: Token[], i: number): number {
  let k = i;
  if (k < tokens.length && PP_DETERMINERS.has(tokens[k].lower)) k++;
  while (k < tokens.length && (isAdjective(tokens[k]) || /^\d+\.?$/.test(tokens[k].text) || tokens[k].text === ".")) k++;
  if (k >= tokens.length || tokens[k].quote >= 0 || !UPPER_START.test(tokens[k].text)) return -1;
  k++;
  while (k < tokens.length && /^\d+$/.test(tokens[k].text)) k++; // "am 12. März 2008"
  // "in der Sitzung des Ausschusses": a genitive after the noun is the object's
  if (k < tokens.length && GENITIVE.has(tokens[k].lower)) return objectEnd(tokens, k + 1);
  return k;
}

/**
 * "sagte am Montag der Minister", "erklärte im Gespräch mit der Zeitung Anna Berg": the subject after
 * one to three prepositional phrases of time, place or occasion after the verb (token i opens the
 * first); null when i opens none or no subject (a nominative determiner or a capitalised word) follows.
 */
function subjectAfterAdverbials(tokens: Token[], i: number): TokenRange {
  let k = i;
  let genitive = false;
  for (let n = 0; n < 3 && k < tokens.length && AFTER_VERB_PREPOSITIONS.has(tokens[k].lower); n++) {
    const end = objectEnd(tokens, k + 1);
    if (end < 0) return null;
    genitive ||= tokens.slice(k + 1, end).some((t) => GENITIVE.has(t.lower));
    k = end;
  }
  const t = tokens[k];
  if (k === i || !t || t.quote >= 0) return null;
  if (t.lower === "der") {
    // "an den Liebling der europäischen Grünen": a genitive, not a subject
    let h = k + 1;
    while (h < tokens.length && isAdjective(tokens[h])) h++;
    if (!tokens[h] || GENITIVE_NOUN.test(tokens[h].lower)) return null;
  } else if (!NOMINATIVE.has(t.lower)) {
    // a name or role noun without article, not right after a genitive ("des Standorts Österreich")
    if (genitive || !UPPER_START.test(t.text) || AFTER_VERB_PREPOSITIONS.has(t.lower)) return null;
  }
  return phraseAt(tokens, k);
}
