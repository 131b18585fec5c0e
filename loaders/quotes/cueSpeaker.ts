/**
 * The speaker phrase of a speech verb: speaker rules in order (set in
 * lang/de/index.ts), then the general subject search before or after the verb.
 */
import {cueClauseSubordinators} from "../lang/de/clauseWords.js";
import {adverbForm, openingDegreeAdverbs} from "../lang/de/speakerWords.js";
import {speakerLike} from "../lang/de/speakerRules/previous.js";
import {relativeObjectAfter} from "../lang/de/speakerRules/relativeObject.js";
import {isCommonNoun} from "../lang/de/common-nouns.js";
import {subjectConjunctions, tenseAuxiliaries} from "../lang/de/speakerRules/words.js";
import {speakerRefinements, speakerRules} from "../lang/de/index.js";
import {clauseStart} from "./context.js";
import {DETERMINER_WORDS} from "./findCues.js";
import {isAdjective, phraseAt, phraseBefore, type TokenRange} from "./phrase.js";
import {reportBefore} from "./reportStretch.js";
import type {SpeakerContext} from "./speakerRule.js";
import {phraseAfter} from "./subjectAfterVerb.js";
import {LOWER_START, type Token, UPPER_START} from "./tokens.js";

const SUBORDINATORS = new Set(cueClauseSubordinators);
const PREPOSITIONS = new Set(["am", "im", "in", "an", "auf", "bei", "beim", "vor", "nach", "mit", "zu", "zum", "zur", "über", "unter", "gegenüber", "während", "seit", "gegen", "für", "aus", "vom", "von", "durch", "ohne", "trotz", "wegen", "angesichts", "anlässlich", "bezüglich", "hinsichtlich", "kurz", "bereits", "zuvor", "dort", "hier", "damals", "gestern", "heute", "morgen", "dabei", "dazu", "darin", "darauf", "daraufhin", "deshalb", "daher", "dennoch", "trotzdem", "allerdings", "unterdessen", "inzwischen", "zudem", "außerdem", "später", "zuletzt", "zunächst", "schließlich", "weiter", "so", "nun", "jetzt", "demnach", "derweil", "indes", "indessen", "ebenso", "gleichzeitig", "zugleich", "anschließend", "danach", "vorher", "erst", "doch", "jedoch", "aber"]);

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

/** The general subject search of `speakerForCue`, when no speaker rule decides. */
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
