/**
 * Whether the clause around an event cue negates, plans or supposes what it names (`isNonFactual`,
 * `isSupposed`).
 */
import {zuParticles} from "../lang/de/goal-words.js";
import {denialReach, negationWords} from "../lang/de/negation.js";
import {nonFactualWords, reportedFutureAuxiliary, suppositionWords} from "../lang/de/index.js";
import {isDictionaryPluralVerb} from "../lang/de/finite-verb-dict.js";
import {participleShape} from "../lang/de/konjunktiv.js";
import {sentenceWords, verbPhraseAround, wordAt, type SentenceWords} from "./sentenceWords.js";
import {hearsayPerfect} from "../lang/de/event-dating.js";
import {limitPhrase} from "../lang/de/event-date-words.js";
import {closesPerfectInfinitive} from "../lang/de/konjunktiv.js";
import {infinitiveEnding} from "../lang/de/clauseWords.js";
import {infinitiveMarker} from "../lang/de/finite-verbs.js";

const NEGATIONS = new Set(negationWords);
/** Words of plan or supposition (nonFactualWords without the negations, which `deniesAt` judges). */
const nonFactual = new Set(nonFactualWords.filter((w) => !NEGATIONS.has(w)));
const SUPPOSITION = new Set(suppositionWords);
const HEARSAY_MODALS = new Set<string>(hearsayPerfect.modals);
/** "bis", as written at a clause's start and inside it: a limit keeps a clause a plan. */
const LIMIT = limitPhrase.lead;
const LIMIT_CAPITAL = LIMIT[0].toUpperCase() + LIMIT.slice(1);

/**
 * Rule `de.event.mood.hearsay-perfect`: whether the clause [from, to) ends in a perfect infinitive, a lower-case
 * participle ("ge…t", "…en", "…t") and "haben", or "worden"/"gewesen" and "sein" ("… getroffen haben", "… unterzeichnet
 * worden sein"): then "soll"/"sollen" in it reports hearsay of the past, no plan. Not when the clause holds a "bis"
 * limit ("Bis Freitag sollen sie sich geeinigt haben": a deadline, still a plan).
 */
function perfectInfinitiveCloses(words: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words[k] === LIMIT || words[k] === LIMIT_CAPITAL) return false;
  let last = to - 1;
  while (last > from && words[last] === ".") last--;
  return last - 1 > from && closesPerfectInfinitive(words, last, hearsayPerfect.beforeSein);
}

/** An infinitive ending ("erzielen", "ändern", "handeln"): one pattern with the verb-phrase cut (sentenceWords.ts). */
const INFINITIVE = infinitiveEnding;

/**
 * Rule `de.event.mood.reported-future`: whether the clause [from, to) that holds "werde" is closed by an infinitive
 * ("sie werde am Montag zurücktreten", "dass er Warschau besuchen werde"), a plan; not by a participle ("werde seit
 * Montag gestreikt", "werde geschlossen"), a reported present passive. A participle-shaped "-en" word the verb
 * dictionary knows as a plural present ("genehmigen", "besuchen") is an infinitive.
 */
function reportedFutureCloses(words: readonly string[], capital: readonly boolean[], from: number, to: number): boolean {
  let last = to - 1;
  while (last > from && !/\p{L}/u.test(words[last])) last--;
  if (words[last] === reportedFutureAuxiliary) last--;
  if (last < from || capital[last]) return false;
  const w = words[last];
  return INFINITIVE.test(w) && (isDictionaryPluralVerb(w) || !participleShape.test(w));
}
/**
 * The auxiliary of a perfect infinitive ("unterzeichnet zu haben") that has an INFINITIVE's ending: what it names happened.
 * "zu sein" ("eingetroffen zu sein") needs no entry: "sein" has no such ending, so it closes no goal clause anyway.
 */
const PERFECT_AUXILIARY: string = hearsayPerfect.auxiliaries[0];
/** "abzuschließen", "beizulegen": a separable particle, "zu" and an infinitive in one word. */
const ZU_INFINITIVE = new RegExp(`^(?:${zuParticles.join("|")})zu\\p{L}{2,}(?:en|ern|eln)$`, "u");

/**
 * Whether the clause [from, to) is closed by a zu-infinitive: "…, bis Ende Mai eine Einigung zu erzielen", "…, den
 * Vertrag abzuschließen". Such a clause names a goal, hope or plan of the clause before, not what happened; a perfect
 * infinitive ("… unterzeichnet zu haben") does not.
 */
function goalClause(words: readonly string[], capital: readonly boolean[], from: number, to: number): boolean {
  let last = to - 1;
  while (last > from && words[last] === ".") last--;
  if (last <= from) return false;
  // a perfect infinitive reports the past: "… den Vertrag unterschrieben zu haben", "… eingetroffen zu sein"
  // "zu Verzögerungen", "kam es zu Protesten": a capitalised word after "zu" is a noun, no infinitive
  if (capital[last]) return false;
  return (words[last - 1] === infinitiveMarker && INFINITIVE.test(words[last]) && words[last] !== PERFECT_AUXILIARY) || ZU_INFINITIVE.test(words[last]);
}

/**
 * Whether the clause around a cue (from the last clause break before `cueStart`
 * to the first after it, within `sentence`, cut at a conjunction that starts a new verb phrase: `verbPhraseAround`) negates, plans or supposes
 * what the cue names: "Der Rat soll den Bau beschließen", "hat nicht zugestimmt",
 * "Hätte der Rat zugestimmt, …"; but not "nicht nur beschlossen" or "mit keiner
 * Gegenstimme verabschiedet" (`deniesAt`, told where the cue stands); a clause closed by a zu-infinitive names a goal
 * ("…, den Vertrag bis Mai zu unterzeichnen": `goalClause`). Offsets are relative to `sentence`;
 * `words` (from `sentenceWords`) caches each clause's verdict (plan words, and how far its negations deny:
 * `denialReach`), so each cue asks in constant time.
 */
export function isNonFactual(sentence: string, cueStart: number, words: SentenceWords = sentenceWords(sentence)): boolean {
  const cue = wordAt(words, cueStart);
  // the cue's verb phrase: "Die Parteien wollen weiter reden und unterzeichneten am Montag …" plans only the talk
  const [from, to] = verbPhraseAround(words, cue);
  let clause = words.clauses.get(from);
  if (clause === undefined) {
    clause = {plan: goalClause(words.words, words.capital, from, to), reach: -1, supposed: false};
    // "sollen sich am Montag getroffen haben": hearsay of the past, the modal plans nothing
    const hearsay = perfectInfinitiveCloses(words.words, from, to);
    for (let j = from; j < to; j++) {
      if (hearsay && HEARSAY_MODALS.has(words.words[j])) continue;
      if (nonFactual.has(words.words[j])) clause.plan = true;
      if (words.words[j] === reportedFutureAuxiliary && reportedFutureCloses(words.words, words.capital, from, to)) clause.plan = true;
      if (SUPPOSITION.has(words.words[j])) clause.supposed = true;
      if (NEGATIONS.has(words.words[j])) clause.reach = Math.max(clause.reach, denialReach(words.words, j));
    }
    words.clauses.set(from, clause);
  }
  // a negation denies the cue when it reaches it (deniesAt): "kein …, sondern" only up to its "sondern"
  return clause.plan || cue <= clause.reach;
}

/**
 * Whether the clause around a cue supposes or plans what it names (`suppositionWords`: "könnte … anrufen", "Sollte sie
 * scheitern", "wollen am Samstag … beraten"): no cue of such a clause is an event, factual or not.
 */
export function isSupposed(sentence: string, cueStart: number, words: SentenceWords = sentenceWords(sentence)): boolean {
  isNonFactual(sentence, cueStart, words);
  const cue = wordAt(words, cueStart);
  return words.clauses.get(verbPhraseAround(words, cue)[0])!.supposed;
}
