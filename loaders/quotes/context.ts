import {firstPersonPronouns, konjunktivI, konjunktivII, konjunktivStems, reportiveModals} from "../lang/de/konjunktiv.js";
import {cueForms, type CueForm} from "./lexicon.js";
import type {QuotePair} from "./marks.js";
import {isAdjective, phraseAt, phraseBefore, type TokenRange} from "./phrase.js";
import type {Token} from "./tokens.js";
import type {SpeakerContext} from "./speakerRule.js";
import {speakerRefinements, speakerRules} from "../lang/de/index.js";

export type QuoteType = "direct" | "indirect" | "reported";

/** A quote found in the text, before it is turned into a row. Offsets into the article text. */
export interface FoundQuote {
  start: number;
  end: number;
  type: QuoteType;
  rule: string;
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string;
  cueStart: number | null;
  cueEnd: number | null;
  sentenceStart: number;
  sentenceEnd: number;
  /** Ranges inside [start, end) that are not the quote's words: the attribution phrase inside an indirect quote ("… plant nach Angaben der Gewerkschaft den Abbau …"). */
  gaps?: {start: number; end: number}[];
}

/** A speech verb found in a sentence, outside quotations. */
export interface Cue {
  /** Token index of the finite verb (or participle). */
  index: number;
  form: CueForm;
  /** Token index of the separable particle, or -1. */
  particle: number;
}

/** The last explicit attribution, carried to following sentences (pronouns, Konjunktiv I continuations). */
export interface Attribution {
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string;
  cueStart: number | null;
  cueEnd: number | null;
  /** Index of the sentence it was made in (updated as it is carried on). */
  sentence: number;
}

/** Everything a quote rule sees about one body sentence. */
export interface SentenceContext {
  text: string;
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  cues: Cue[];
  /** Token indices of Konjunktiv forms outside quotations (not first person). */
  konjunktiv: number[];
  /** The same without the Konjunktiv II forms (which also make conditionals). */
  strongKonjunktiv: number[];
  /** Quotations that open in this sentence. */
  pairs: QuotePair[];
  /** Token indices of cues already used by a rule. */
  used: Set<number>;
  /** Attribution carried from earlier sentences, if recent. */
  last: Attribution | null;
  /** Quotes found so far in this sentence. */
  found: FoundQuote[];
  /** The sentence right before, in the same paragraph, when it holds no quote found so far (for "Das teilte X mit."). */
  before?: {start: number; end: number} | null;
}

const KONJ_I = new Set(konjunktivI.concat(konjunktivStems.map((s) => `${s}e`)));
const REPORTIVE = new Set(reportiveModals);
const KONJ_II = new Set(konjunktivII);
const FIRST_PERSON = new Set(firstPersonPronouns);
const CLAUSE_END = new Set([",", ":", ";", "–", "—"]);

/** Speech verbs in the tokens, outside quotations; separable verbs only with their particle in the clause. */
export function findCues(tokens: Token[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.quote >= 0) continue;
    const forms = cueForms.get(t.lower);
    if (!forms) continue;
    if (t.text[0] !== t.lower[0] && i > 0 && tokens[i - 1].text !== "„") {
      // capitalised inside a sentence: a noun ("Melden", "Sagen"), not a verb
      if (!/^[.!?:"“”»«]$/.test(tokens[i - 1].text)) continue; // not after a number such as "168.000"
    }
    // "Angaben zu Zeitpunkt und Ort wurden nicht gemacht": a sentence does not open with a finite verb and a preposition
    if (i === 0 && t.text[0] !== t.lower[0] && NOUN_FOLLOWERS.has(tokens[1]?.lower ?? "")) continue;
    // "das erste offiziell bestätigte Gespräch" is an adjective; "Das teilte der Sprecher mit." is not (its particle follows)
    const attributive = isAttributiveAdjective(tokens, i);
    for (const form of forms) {
      if (attributive && !form.particle) continue;
      if (!form.particle) {
        cues.push({index: i, form, particle: -1});
        break;
      }
      const p = particleAfter(tokens, i, form.particle);
      if (p >= 0) {
        cues.push({index: i, form, particle: p});
        break;
      }
    }
  }
  return cues;
}

/** Words after a capitalised sentence-initial cue form that make it a noun ("Angaben zu …", "Berichten zufolge"). */
const NOUN_FOLLOWERS = new Set(["zu", "zum", "zur", "über", "von", "vom", "für", "zufolge", "des", "der", "aus", "nach", "und"]);

const DETERMINER_WORDS = new Set(["der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "diese", "dieser", "dieses", "seine", "ihre", "seinen", "ihren"]);

/** "das erste offiziell bestätigte Gespräch": a participle used as adjective after a determiner, not a verb. */
function isAttributiveAdjective(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !/^\p{Lu}/u.test(next.text) || !/(?:e|en|er|es|em)$/.test(tokens[i].lower)) return false;
  for (let j = i - 1, steps = 0; j >= 0 && steps < 3; j--, steps++) {
    const t = tokens[j];
    if (DETERMINER_WORDS.has(t.lower)) return true;
    if (j === 0 && SENTENCE_START_ADVERBS.has(t.lower)) return true; // "Nicht erklärte Streiks legten …"
    if (!/^\p{Ll}/u.test(t.text)) return false;
  }
  // "Anerkannte Regelungen gibt es nicht": a sentence does not open with a finite verb followed by a noun
  return i === 0;
}

/** Adverbs that may open a sentence before an attributive participle ("Nicht erklärte Streiks", "Bisher unbestätigte Berichte"). */
const SENTENCE_START_ADVERBS = new Set(["nicht", "noch", "bisher", "offiziell", "öffentlich", "bereits", "kürzlich"]);

/** "Particles" that are prepositions ("sprach … von", "rechnet damit"): anywhere in the clause, not only at its end. */
const PREPOSITION_PARTICLES = new Set(["von", "über", "damit", "davon", "darauf", "als", "darin", "für"]);

function particleAfter(tokens: Token[], i: number, particle: string): number {
  for (let j = i + 1; j < tokens.length && j < i + 25; j++) {
    const t = tokens[j];
    if (t.quote >= 0) return -1;
    if (t.lower === particle && PREPOSITION_PARTICLES.has(particle)) return j; // "sprach von 800 Autos"
    if (t.lower === particle) {
      // a separable particle ends its clause: "teilte … mit." / "gab … bekannt, dass" (not "gab es … an Bord")
      const next = tokens[j + 1];
      return !next || /^[,.;:!?()[\]–—-]$|^[„“”"»«]$/.test(next.text) || next.lower === "dass" || next.lower === "und" ? j : -1;
    }
    if (CLAUSE_END.has(t.text) || t.text === ".") return -1;
  }
  return -1;
}

/** Konjunktiv forms outside quotations, not after "ich"/"wir". */
export function findKonjunktiv(tokens: Token[], weak = true): number[] {
  const found = konjunktivForms(tokens);
  return weak ? found.konjunktiv : found.strong;
}

/**
 * Both readings of `findKonjunktiv` in one pass: `konjunktiv` with the Konjunktiv II
 * forms (weak), `strong` without them.
 */
export function konjunktivForms(tokens: Token[]): {konjunktiv: number[]; strong: number[]} {
  const konjunktiv: number[] = [];
  const strong: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.quote >= 0) continue;
    const isStrong = isStrongKonjunktiv(tokens, i);
    if (!isStrong && !KONJ_II.has(t.lower)) continue;
    if (i > 0 && FIRST_PERSON.has(tokens[i - 1].lower)) continue;
    if (i + 1 < tokens.length && FIRST_PERSON.has(tokens[i + 1].lower)) continue;
    konjunktiv.push(i);
    if (isStrong) strong.push(i);
  }
  return {konjunktiv, strong};
}

const THIRD_PERSON = new Set(["er", "sie", "es", "man"]);
/** Indicative past forms that end like a Konjunktiv I in -e ("wurde er", "hatte sie"). */
const INDICATIVE_PAST = new Set(["wurde", "hatte", "hätte", "würde", "wollte", "sollte", "konnte", "musste", "durfte", "mochte", "wusste", "dachte", "brachte", "kannte", "nannte", "wandte", "sandte", "stand", "fand"]);
const NOT_VERBS_IN_E = new Set(["eine", "keine", "seine", "ihre", "meine", "deine", "unsere", "diese", "jede", "alle", "beide", "viele", "einige", "andere", "welche", "solche", "heute", "gerne", "ohne", "bitte", "ende", "gegenüber", "selbe", "gleiche", "ganze", "große", "neue", "erste", "zweite", "letzte", "dritte", "nächste"]);

/**
 * Konjunktiv I (or the reportive "soll … haben"), without the Konjunktiv II
 * forms that also make conditionals: a listed form ("sei", "habe", "nehme"),
 * a verb in -iere, a form in -e next to a third-person pronoun ("nehme er",
 * "er entbehre"), or "soll" with a perfect or passive infinitive.
 */
export function isStrongKonjunktiv(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // a capitalised form inside the sentence is a noun ("an zweiter Stelle", "die Lage")
  if (t.text[0] !== t.lower[0] && i > 0 && !/^[„“"»«:]$/.test(tokens[i - 1].text)) return false;
  if (KONJ_I.has(t.lower)) return !isFixedPhrase(tokens, i);
  if (t.text[0] !== t.lower[0]) return false;
  if (INDICATIVE_PAST.has(t.lower)) return false; // "wurde es", "hatte er"
  if (t.lower.endsWith("iere")) return true;
  if (REPORTIVE.has(t.lower)) return perfectInfinitiveFollows(tokens, i);
  if (t.lower.length >= 4 && t.lower.endsWith("e") && !NOT_VERBS_IN_E.has(t.lower) && !/(?:ische|liche|ige|ete|ene|[^aeiouäöüt]te)$/.test(t.lower)) {
    // "nehme er …" (verb first), or "… dass er nichts wisse." (verb at the clause end)
    if (THIRD_PERSON.has(tokens[i + 1]?.lower ?? "")) return true;
    return THIRD_PERSON.has(tokens[i - 1]?.lower ?? "") && /^[.,;:!?]$/.test(tokens[i + 1]?.text ?? ".");
  }
  return false;
}

/** "es sei denn" (unless), "wie dem auch sei": fixed phrases with a Konjunktiv I form that report nothing. */
function isFixedPhrase(tokens: Token[], i: number): boolean {
  if (tokens[i].lower !== "sei") return false;
  const before = tokens[i - 1]?.lower;
  return (before === "es" && tokens[i + 1]?.lower === "denn") || (before === "auch" && tokens[i - 2]?.lower === "dem" && tokens[i - 3]?.lower === "wie");
}

function perfectInfinitiveFollows(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j < i + 30; j++) {
    const w = tokens[j].lower;
    if (w === "sein" || w === "haben" || w === "worden") return true;
    if (tokens[j].text === "," || tokens[j].text === ".") return false;
  }
  return false;
}

/** Token index where the clause holding token i begins (after a comma, colon or quotation). */
export function clauseStart(tokens: Token[], i: number): number {
  let j = i;
  while (j > 0 && j > i - 40 && !(CLAUSE_END.has(tokens[j - 1].text) && tokens[j - 1].quote < 0)) j--;
  return j;
}

/** Token index where the clause holding token i ends (exclusive). */
export function clauseEnd(tokens: Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && j < i + 200 && !CLAUSE_END.has(tokens[j].text) && tokens[j].quote < 0) j++;
  return j;
}

const SUBORDINATORS = new Set(["wie", "was", "als", "wobei", "womit", "wonach", "nachdem", "weil", "da", "wenn", "ob"]);
const PREPOSITIONS = new Set(["am", "im", "in", "an", "auf", "bei", "beim", "vor", "nach", "mit", "zu", "zum", "zur", "über", "unter", "gegenüber", "während", "seit", "gegen", "für", "aus", "vom", "von", "durch", "ohne", "trotz", "wegen", "angesichts", "anlässlich", "bezüglich", "hinsichtlich", "kurz", "bereits", "zuvor", "dort", "hier", "damals", "gestern", "heute", "morgen", "dabei", "dazu", "darin", "darauf", "daraufhin", "deshalb", "daher", "dennoch", "trotzdem", "allerdings", "unterdessen", "inzwischen", "zudem", "außerdem", "später", "zuletzt", "zunächst", "schließlich", "weiter", "so", "nun", "jetzt", "demnach", "derweil", "indes", "indessen", "ebenso", "gleichzeitig", "zugleich", "anschließend", "danach", "vorher", "erst", "doch", "jedoch", "aber"]);
const AFTER_VERB_SKIP = new Set(["sich", "ihn", "ihm", "ihnen", "uns", "mir", "auch", "außerdem", "zudem", "ebenfalls", "jedoch", "aber", "nun", "bereits", "dazu", "dabei", "darin", "erneut", "zuletzt", "weiter", "noch", "schon", "dann", "am", "heute", "gestern"]);

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

function findSpeakerForCue(tokens: Token[], cue: number): TokenRange {
  const context: SpeakerContext = {tokens, cue, from: clauseStart(tokens, cue), phraseAfter: (i) => phraseAfter(tokens, i)};
  let found: TokenRange | undefined;
  for (const rule of speakerRules) if ((found = rule.find(context)) !== undefined) break;
  if (found === undefined) found = subjectOfCue(tokens, cue, context.from);
  for (const refinement of speakerRefinements) if (found) found = refinement.refine(context, found) ?? found;
  return found;
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
    const pronounAfter = next && (next.lower === "er" || next.lower === "sie") && next.quote < 0;
    if (!PREPOSITIONS.has(first) && !pronounAfter) {
      const before = phraseBefore(tokens, from, cue);
      // "Ähnlich äußerte sich der Präsident": a capitalised adverb in front is not the subject
      if (before && !(before[0] === before[1] && before[0] === 0 && ADVERB_FORM.test(tokens[0].lower) && phraseAfter(tokens, cue + 1))) return before;
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
    // "John Kline, ein Repräsentant aus Minnesota, sagte, …": the subject and its apposition before the comma;
    // "Frank Sichau, der als Sprecher fungiert, erklärte": the subject without its relative clause;
    // "Der BBC-Korrespondent in Mexiko-Stadt, Will Grant, berichtete": a place phrase inside
    const head = phraseAt(tokens, 0, from);
    if (head) {
      let k = head[1] + 1;
      while (k < from - 1 && tokens[k].text !== "," && (NP_LINKS.has(tokens[k].lower) || /^\p{Lu}/u.test(tokens[k].text) || (isAdjective(tokens[k]) && /^\p{Lu}/u.test(tokens[k + 1].text)))) k++;
      if (tokens[k]?.text === ",") {
        if (!RELATIVE.has(tokens[k + 1]?.lower ?? "")) return [head[0], from - 2];
        // ", der Bürgermeister von Mexiko-Stadt," is an apposition (kept); ", der als Sprecher fungiert," a relative clause
        const apposition = phraseAt(tokens, k + 1, from - 1, false);
        return apposition && apposition[1] === from - 2 ? [head[0], from - 2] : [head[0], k - 1];
      }
    }
  }
  return after === undefined ? phraseAfter(tokens, cue + 1) : after;
}

/** Adverbs by their form ("Ähnlich", "Offiziell", "Möglicherweise"), capitalised at the sentence start. */
const ADVERB_FORM = /(?:lich|weise|ell)$/;
const RELATIVE_PREPOSITIONS = new Set(["von", "bei", "in", "an", "auf", "mit", "nach", "gegenüber", "vor", "für", "über"]);

/**
 * The subject of a relative clause: ", der … betonte" (the relative pronoun),
 * ", von dem die Polizei glaubt" / ", bei dem sie gesagt hatte" (the phrase after the pronoun).
 */
function relativeSubject(tokens: Token[], from: number, cue: number): TokenRange {
  if (from === 0 || tokens[from - 1].text !== ",") return null;
  let r = from;
  const preposition = RELATIVE_PREPOSITIONS.has(tokens[r].lower);
  if (preposition) r++;
  if (r >= cue || !RELATIVE.has(tokens[r].lower) || tokens[r].lower === "wo") return null;
  const whole = phraseAt(tokens, from, cue);
  if (!preposition && whole && whole[0] === from && whole[1] === cue - 1) return null; // ", der Sprecher sagte": an article
  const next = tokens[r + 1];
  if (next && next.quote < 0 && (DETERMINER_WORDS.has(next.lower) || /^\p{Lu}/u.test(next.text) || /^(?:er|sie)$/.test(next.lower))) {
    const phrase = phraseAt(tokens, r + 1, cue);
    if (phrase) return phrase;
  }
  return preposition ? null : [r, r];
}

const NP_LINKS = new Set(["in", "im", "aus", "von", "vom", "bei", "beim", "für", "der", "des", "dem", "den", "am", "an"]);
const RELATIVE = new Set(["der", "die", "das", "den", "dem", "deren", "dessen", "welcher", "welche", "welches", "wo"]);
const AUXILIARY = new Set(["hat", "haben", "hatte", "hatten", "habe", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "sei", "seien"]);

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
  return phraseAt(tokens, j);
}
