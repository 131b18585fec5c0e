/**
 * What a cue's context rules look for in its clause or after it: a separable particle closing a clause,
 * phrases, a governed infinitive, a word pattern, a predicate; each found once per sentence or clause and
 * looked up by binary search, so many cues in one clause stay linear.
 */
import {planGovernors, plannedCueInfinitive} from "../lang/de/event-plans.js";
import {withSwissSpelling} from "../lang/de/spelling.js";
import {infinitiveMarker} from "../lang/de/finite-verbs.js";
import {lowerBound} from "../text/lower-bound.js";
import {prepositions} from "../lang/de/closed-class.js";
import {CLAUSE_END, clauseAround, perClause, verbPhraseAround, type SentenceWords} from "./sentenceWords.js";

/** Whether word `j` is the last word of its clause: punctuation or the sentence's end follows ("lehnte den Antrag ab."). */
const closesClause = (words: readonly string[], j: number) => j + 1 === words.length || words[j + 1] === "." || CLAUSE_END.test(words[j + 1]);

/** Whether one of `particles` follows word `i` before the main clause ends and is the last word of its clause. */
export function particleLater(words: SentenceWords, i: number, particles: readonly string[]): boolean {
  let at = words.particles.get(particles);
  if (at === undefined) {
    at = [];
    for (let j = 0; j < words.words.length; j++) if (particles.includes(words.words[j]) && closesClause(words.words, j)) at.push(j);
    words.particles.set(particles, at);
  }
  const list = at;
  const k = lowerBound(list.length, (m) => list[m] <= i);
  return k < list.length && list[k] < words.mainTo[i];
}

/** The words of each context phrase, split once ("fiel auf" → ["fiel", "auf"]). */
const phraseWords = new Map<string, readonly string[]>();
const wordsOf = (phrase: string) => phraseWords.get(phrase) ?? phraseWords.set(phrase, phrase.split(" ")).get(phrase)!;

/** Indices, ascending, of the words where one of `phrases` starts, found once per sentence and list. */
function phraseStarts(words: SentenceWords, phrases: readonly string[]): number[] {
  let at = words.phrases.get(phrases); // keyed by the rule's own list (no key string made per cue)
  if (at === undefined) {
    at = [];
    const w = words.words;
    for (let j = 0; j < w.length; j++) if (phrases.some((phrase) => wordsOf(phrase).every((p, k) => w[j + k] === p))) at.push(j);
    words.phrases.set(phrases, at);
  }
  return at;
}

/**
 * Whether one of `phrases` (words separated by spaces) follows word `i`: right after it, or anywhere later
 * in its clause (a binary search in the sentence's phrase starts, so many cues in one clause stay linear).
 */
export function phraseFollows(words: SentenceWords, i: number, phrases: readonly string[], anywhere: boolean): boolean {
  const to = anywhere ? clauseAround(words, i)[1] : i + 2;
  const at = phraseStarts(words, phrases);
  const k = lowerBound(at.length, (m) => at[m] <= i);
  return k < at.length && at[k] < to;
}

/**
 * Whether the first of `infinitives` after word `i` in its clause stands under a word that governs it (rule
 * `de.event.plan.governed-infinitive`): "zu" right before it, or one of `planGovernors` elsewhere in the clause
 * ("Die Gespräche sollen am Montag beginnen"); not a present finite verb ("Die Gespräche beginnen heute", "…, dass
 * die Gespräche heute fortgesetzt werden": that "werden" is the phrase's own). Binary searches in the sentence's
 * cached phrase starts, so many cues in one clause stay linear.
 */
export function governedInfinitiveLater(words: SentenceWords, i: number, infinitives: readonly string[]): boolean {
  const to = clauseAround(words, i)[1];
  const at = phraseStarts(words, infinitives);
  const k = lowerBound(at.length, (m) => at[m] <= i);
  if (k >= at.length || at[k] >= to) return false;
  const s = at[k];
  if (s > 0 && words.words[s - 1] === infinitiveMarker) return true;
  const length = wordsOf(infinitives.find((p) => wordsOf(p).every((w, j) => words.words[s + j] === w))!).length;
  const from = clauseAround(words, i)[0];
  const governors = phraseStarts(words, planGovernors);
  for (let g = lowerBound(governors.length, (m) => governors[m] < from); g < governors.length && governors[g] < to; g++) {
    if (governors[g] < s || governors[g] >= s + length) return true;
  }
  return false;
}

/** Whether one of `phrases` starts somewhere in the clause of word `i`, before or after it (not at `i` itself). */
export function phraseInClause(words: SentenceWords, i: number, phrases: readonly string[]): boolean {
  const [from, to] = clauseAround(words, i);
  const at = phraseStarts(words, phrases);
  for (let k = lowerBound(at.length, (m) => at[m] < from); k < at.length && at[k] < to; k++) if (at[k] !== i) return true;
  return false;
}

/** Compiled `withWord` patterns, by pattern (a cue's few patterns, compiled once). */
const wordPatterns = new Map<string, RegExp>();

/** Whether a word of the clause around word `i`, other than it, matches `pattern` whole ("verhandlungen", "koalitionsgespräche"; Swiss spelling too). */
export function wordInClause(words: SentenceWords, i: number, pattern: string): boolean {
  let re = wordPatterns.get(pattern);
  if (!re) wordPatterns.set(pattern, (re = new RegExp(`^(?:${withSwissSpelling(pattern)})$`, "u")));
  const [from, to] = clauseAround(words, i);
  // the clause's matching words, counted once per clause and pattern (many cue words in one long clause ask again)
  const [count, first] = perClause(words, pattern, from, () => {
    let n = 0;
    let at = -1;
    for (let k = from; k < to; k++) if (re.test(words.words[k])) (n++, at < 0 && (at = k));
    return [n, at] as const;
  });
  return count > 1 || (count === 1 && first !== i);
}

/**
 * Whether a word of the clause around word `i` other than it matches `pattern` whole (lower case) and follows none of
 * `leads`, right before it or over one word between ("für Gespräche", "mit den Gesprächen"): the word is no phrase of a
 * preposition but the subject or object of the clause (`CueContext.withWordUnled`). With `only`, just the words that
 * also match it must be unled (`CueContext.unledOnly`), over up to two words between ("in der zweiten Runde").
 */
export function unledWordInClause(words: SentenceWords, i: number, pattern: string, leads: readonly string[], only?: string): boolean {
  const re = wholeWord(pattern);
  const onlyRe = only === undefined ? undefined : wholeWord(only);
  const [from, to] = clauseAround(words, i);
  for (let k = from; k < to; k++) {
    if (k === i || !re.test(words.words[k])) continue;
    if (onlyRe && !onlyRe.test(words.words[k])) return true;
    // a word that must be unled may carry an article and an adjective: "in der zweiten Runde"
    if (onlyRe && k - 3 >= from && leads.includes(words.words[k - 3])) continue;
    if (k - 1 >= from && leads.includes(words.words[k - 1])) continue;
    if (k - 2 >= from && leads.includes(words.words[k - 2])) continue;
    return true;
  }
  return false;
}

/** A pattern matched whole against a word, compiled once. */
function wholeWord(pattern: string): RegExp {
  let re = wordPatterns.get(pattern);
  if (!re) wordPatterns.set(pattern, (re = new RegExp(`^(?:${withSwissSpelling(pattern)})$`, "u")));
  return re;
}

/** Each predicate phrase split into its verb and its separable particle ("legte vor" → ["legte", "vor"]), once per list. */
const predicateParts = new Map<readonly string[], {single: Set<string>; particles: Map<string, string[]>}>();

function partsOf(phrases: readonly string[]): {single: Set<string>; particles: Map<string, string[]>} {
  let parts = predicateParts.get(phrases);
  if (!parts) {
    parts = {single: new Set(), particles: new Map()};
    for (const phrase of phrases) {
      const [verb, particle] = phrase.split(" ");
      if (!particle) parts.single.add(verb);
      else parts.particles.set(verb, [...(parts.particles.get(verb) ?? []), particle]);
    }
    predicateParts.set(phrases, parts);
  }
  return parts;
}

/**
 * Whether a verb of `phrases` stands in the clause of word `i` (`CueContext.predicate`): a single word anywhere in it,
 * or a verb whose particle closes a clause after it within the main clause ("legten … ein Angebot vor").
 */
export function predicateInClause(words: SentenceWords, i: number, phrases: readonly string[]): boolean {
  const {single, particles} = partsOf(phrases);
  const [from, to] = clauseAround(words, i);
  return perClause(words, phrases, from, () => {
    for (let k = from; k < to; k++) {
      const w = words.words[k];
      if (single.has(w)) return true;
      const after = particles.get(w);
      if (after && particleLater(words, k, after)) return true;
    }
    return false;
  });
}

/**
 * Whether word `i`, a lower-case verb, is an infinitive under a word that governs it (rule `de.event.plan.governed-cue`):
 * "zu" right before it, a governor earlier in its clause ("er werde am Wochenende nach Kairo reisen") or right after it
 * ("…, dass er Kairo besuchen werde"). A governor later in the clause governs another verb ("Die Minister reisen heute
 * nach Kairo und werden dort …"), nor one before a coordinating conjunction that starts a new verb phrase ("Die Parteien
 * wollen weiter reden und treffen sich am Montag": `verbPhraseAround`). One binary search in the sentence's cached governor starts.
 */
export function governedCue(words: SentenceWords, i: number): boolean {
  if (words.capital[i]) return false;
  if (i > 0 && words.words[i - 1] === infinitiveMarker) return true;
  const governors = phraseStarts(words, plannedCueInfinitive.governors);
  // the cue's verb phrase: a governor before a conjunction that starts a new one governs no verb after it
  const [from, to] = verbPhraseAround(words, i);
  const g = lowerBound(governors.length, (m) => governors[m] < from);
  if (g < governors.length && governors[g] < i) return true;
  const after = lowerBound(governors.length, (m) => governors[m] <= i);
  return after < governors.length && governors[after] === i + 1 && i + 1 < to;
}

const PREPOSITIONS: ReadonlySet<string> = new Set(prepositions);
const REFLEXIVE = "sich";

/**
 * Whether word `i` is the bare object of a general verb in its clause (`CueContext.orObjectOf`): not led by a
 * preposition one or two words before it ("an der Vereinbarung"), after a finite form of `verbs.finite` ("fanden am
 * Montag eine Einigung") or before a participle of `verbs.participles` ("eine Vereinbarung gefunden"), or its bare subject
 * right before a verb of `verbs.subject` ("Die Einigung kam am Mittwoch").
 */
export function objectOfVerb(words: SentenceWords, i: number, verbs: {subject: readonly string[]; finite: readonly string[]; participles: readonly string[]}): boolean {
  const [from, to] = clauseAround(words, i);
  for (let k = Math.max(from, i - 2); k < i; k++) if (PREPOSITIONS.has(words.words[k].toLowerCase())) return false;
  if (i + 1 < to && verbs.subject.includes(words.words[i + 1])) return true;
  for (let k = from; k < i; k++) if (verbs.finite.includes(words.words[k])) return true;
  for (let k = i + 1; k < to; k++) if (verbs.participles.includes(words.words[k])) return true;
  return false;
}

/**
 * Whether word `i` is the object of a verb of `phrases` in its clause (`CueContext.notObjectOf`): the verb stands there
 * (`predicateInClause`), the word is not led by a preposition one or two words before it and the clause holds no
 * reflexive "sich" ("zog sich … zurück" withdraws its subject, not the word).
 */
export function objectOfPredicate(words: SentenceWords, i: number, phrases: readonly string[]): boolean {
  if (!predicateInClause(words, i, phrases)) return false;
  const [from, to] = clauseAround(words, i);
  for (let k = Math.max(from, i - 2); k < i; k++) if (PREPOSITIONS.has(words.words[k].toLowerCase())) return false;
  for (let k = from; k < to; k++) if (words.words[k] === REFLEXIVE) return false;
  return true;
}
