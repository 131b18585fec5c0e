/**
 * Clause helpers shared by the indirect and reported speech rules: spans,
 * unused cues, Konjunktiv and passive tests, zu-infinitive contents, and speech
 * verbs used in a sense that is not speech.
 */
import {clauseEnd, clauseStart, type Cue, type SentenceContext} from "../../../quotes/context.js";
import {perTokens, startsWithLetter, TITLE_START, type Token, TokensCache, UPPER_START} from "../../../quotes/tokens.js";
import {lowerBound} from "../../../text/lower-bound.js";
import {passiveAuxiliaries} from "../bare-name-words.js";
import {victimNouns} from "../speechVerbs.js";

export const CONTENT_OPENERS = new Set(["dass", "daß", "ob"]);
export const AUXILIARIES = /^(?:hat|haben|hatte|hatten)$/;
const PASSIVE = /^(?:wurde|wurden|worden|wird|werden)$/;
/**
 * The Konjunktiv I of "werden" ("Das Ergebnis werde … verkündet"): passive only before a participle, since it also
 * makes the future of reported speech ("Er werde … verkünden, dass …").
 */
const PASSIVE_KONJUNKTIV = /^werde$/;
/**
 * A participle-shaped verb: weak ("verkündet", "mitgeteilt", "angekündigt") or strong with "ge" ("bekanntgegeben",
 * "ausgesprochen"), not an infinitive of "geben"/"gehen" ("bekanntgeben").
 */
const PARTICIPLE_SHAPE = /^(?:\p{Ll}+t|\p{Ll}*ge\p{Ll}{2,}en)$/u;
const GEBEN_INFINITIVE = /(?<!ge)ge(?:ben|hen)$/u;

/** "Das Urteil wurde bestätigt.": a participle at the clause end after a passive auxiliary. */
export function isPassive(tokens: Token[], cue: number): boolean {
  const next = tokens[cue + 1];
  // "… berichtet worden war", "…, die beschuldigt werden, …": a verb-final passive
  if (next && /^(?:worden|werden|wurde|wurden|wird)$/.test(next.lower) && !UPPER_START.test(tokens[cue + 2]?.text ?? "")) return true;
  if (next && !/^[.,;:!?]$/.test(next.text)) return false;
  for (let j = cue - 1; j >= 0 && j > cue - 25; j--) if (PASSIVE.test(tokens[j].lower)) return true;
  // de.quote.passive-konjunktiv: "Das Ergebnis werde am Montag verkündet." (its subject is what is said, no speaker)
  if (PARTICIPLE_SHAPE.test(tokens[cue].lower) && !GEBEN_INFINITIVE.test(tokens[cue].lower)) {
    for (let j = cue - 1; j >= 0 && j > cue - 25 && tokens[j].text !== ","; j--) if (PASSIVE_KONJUNKTIV.test(tokens[j].lower)) return true;
  }
  return false;
}

/**
 * The end of the clause that starts after token i, looking past a quoted name inside it ("kritisiert
 * in der Tageszeitung „Neues Deutschland“, die Aktion …"): a short quotation of capitalised words
 * right after a noun is that noun's name, not a quotation that ends the clause ("als „Unsinn“" is).
 */
export function clauseEndPastNames(tokens: Token[], i: number): number {
  let end = clauseEnd(tokens, i);
  for (let n = 0; n < 3; n++) {
    const close = quotedNameClose(tokens, end);
    if (close < 0) break;
    end = clauseEnd(tokens, close);
  }
  return end;
}

/** If token k opens a quotation of one to five capitalised words that follows a noun, the index of its closing mark, else -1. */
function quotedNameClose(tokens: Token[], k: number): number {
  if (!/^[„“"»«]$/.test(tokens[k]?.text ?? "") || !TITLE_START.test(tokens[k - 1]?.text ?? "")) return -1;
  for (let j = k + 1; j < tokens.length && j <= k + 6; j++) {
    if (/^[“”"«»]$/.test(tokens[j].text)) return j > k + 1 ? j : -1;
    if (!UPPER_START.test(tokens[j].text)) return -1;
  }
  return -1;
}

/** Span of tokens [from, to) without trailing punctuation (keeps closing quotation marks). */
export function span(tokens: Token[], from: number, to: number, keepFinal = false) {
  let last = to - 1;
  if (!keepFinal) while (last > from && /^[.,;:!?–—-]$/.test(tokens[last].text)) last--;
  while (last > from && /^[,;:–—-]$/.test(tokens[last].text)) last--;
  return {start: tokens[from].start, end: tokens[last].end};
}

export function unusedCues(s: SentenceContext, kind?: "say" | "act"): Cue[] {
  return s.cues.filter((c) => !s.used.has(c.index) && (!kind || c.form.kind === kind));
}

/** Whether token k is a cue of the sentence (cues are in token order: a binary search). */
export function isCueAt(s: SentenceContext, k: number): boolean {
  const i = lowerBound(s.cues.length, (j) => s.cues[j].index < k);
  return i < s.cues.length && s.cues[i].index === k;
}

export function hasKonjunktiv(s: SentenceContext, from: number, to: number): boolean {
  return anyIn(s.konjunktiv, from, to);
}

/** Whether an ascending list of token indices (Konjunktiv forms) holds one in [from, to): a binary search, not a scan per cue. */
export function anyIn(list: readonly number[], from: number, to: number): boolean {
  const k = lowerBound(list.length, (m) => list[m] < from);
  return k < list.length && list[k] < to;
}

/**
 * A quick necessary condition for a content clause after a cue (`cueThenClause`): at least three
 * tokens after it, and after it a content opener ("dass", "ob"), a Konjunktiv form or a word with "zu"
 * (a zu-infinitive), unless `anyClause` (a verb whose indicative main clause or question counts too).
 * When it fails, no start after the cue (and its speaker) can give a content clause.
 */
export function mayHaveContentAfter(s: SentenceContext, cue: Cue, anyClause: boolean): boolean {
  const {tokens, konjunktiv} = s;
  if (cue.index > tokens.length - 4) return false;
  if (anyClause || konjunktiv[konjunktiv.length - 1] > cue.index) return true;
  return lastContentWord(s) >= cue.index;
}

/** Per sentence: the index of its last content opener or word with "zu" (-1 when none), found once however many cues it has. */
const lastContentWords = new WeakMap<SentenceContext, number>();

function lastContentWord(s: SentenceContext): number {
  let last = lastContentWords.get(s);
  if (last === undefined) {
    const {tokens} = s;
    last = tokens.length - 1;
    while (last >= 0 && !(CONTENT_OPENERS.has(tokens[last].lower) || tokens[last].lower.includes("zu"))) last--;
    lastContentWords.set(s, last);
  }
  return last;
}

/** Words that open an infinitive clause of purpose or manner ("um … zu", "ohne … zu"), which reports nothing. */
export const PURPOSE_OPENERS = new Set(["um", "ohne", "statt", "anstatt"]);

const SEPARABLE_ZU = /^(?:an|auf|aus|ein|mit|vor|voran|zurück|ab|bei|bereit|dar|fest|fort|frei|her|heraus|herbei|hin|hinaus|hoch|los|nieder|still|teil|weg|weiter|wieder|zu|zusammen|durch|um|über|nach|statt)zu\p{Ll}{3,}en$/u;

/** The last word before `end` (back to `from`) and the first token of its comma clause (not before `from`). */
function lastClause(tokens: Token[], from: number, end: number): [last: number, opener: number] {
  let last = end - 1;
  while (last > from && !startsWithLetter(tokens[last])) last--;
  let opener = last;
  while (opener > from && tokens[opener - 1].text !== ",") opener--;
  return [last, opener];
}

/** Whether token `last` is a zu-infinitive: "zu entziehen", "einzuladen". */
function zuInfinitive(tokens: Token[], last: number): boolean {
  const verb = tokens[last];
  if (!verb || !/^\p{Ll}+en$/u.test(verb.text)) return false;
  if (tokens[last - 1]?.lower === "zu") return true;
  return SEPARABLE_ZU.test(verb.text);
}

/**
 * Per token array: the chain of comma clauses read back from its end while each opens with a purpose
 * word ("…, um … zu …, um … zu …"), as `lastClause` finds them with no lower bound. Made once, so the
 * rules that ask `endsWithZuInfinitive` for many starts in one sentence stay linear.
 */
const purposeChains = new TokensCache<Token[], {last: number[]; opener: number[]}>();

const purposeChain = (tokens: Token[]) => perTokens(purposeChains, tokens, purposeChainOf);

function purposeChainOf(tokens: Token[]): {last: number[]; opener: number[]} {
  const chain: {last: number[]; opener: number[]} = {last: [], opener: []};
  for (let end = tokens.length; ; ) {
    const [last, opener] = lastClause(tokens, 0, end);
    chain.last.push(last);
    chain.opener.push(opener);
    if (!PURPOSE_OPENERS.has(tokens[opener].lower) || opener - 1 <= 0) break;
    end = opener - 1;
  }
  return chain;
}

/**
 * "…, die Lizenz zu entziehen." / "…, ihn einzuladen.": the clause is a zu-infinitive (a demand, proposal,
 * promise). "…, um den Protesten zu begegnen" is the infinitive of a purpose, not a content; the clause
 * before it may still be one (read back over any number of such clauses, without recursion). `from`
 * must be below `end`; for a clause up to the sentence end, one chain per sentence answers every `from`.
 */
export function endsWithZuInfinitive(tokens: Token[], from: number, end = tokens.length): boolean {
  if (end === tokens.length && from < end) {
    // the first level whose opener the reading does not go past: `opener - 1 > from` holds for a prefix
    const {last: lasts, opener: openers} = purposeChain(tokens);
    const level = Math.min(lowerBound(openers.length, (k) => openers[k] - 1 > from), openers.length - 1);
    const last = lasts[level] > from ? lasts[level] : from;
    const opener = last === lasts[level] ? Math.max(openers[level], from) : from;
    return !PURPOSE_OPENERS.has(tokens[opener].lower) && zuInfinitive(tokens, last);
  }
  for (;;) {
    const [last, opener] = lastClause(tokens, from, end);
    if (!PURPOSE_OPENERS.has(tokens[opener].lower)) return zuInfinitive(tokens, last);
    if (opener - 1 <= from) return false;
    end = opener - 1;
  }
}

/**
 * Speech verbs in a sense that is not speech: "erklärte die Ausschreibung für
 * fehlerhaft" (declare something to be), "forderte zwölf Todesopfer" (a toll of victims),
 * "verurteilte ihn zu drei Jahren Haft" (a court's sentence), "hielt an der Kritik fest" (held on to),
 * "in Haft festgehalten wird" (held captive),
 * "wie erwartet", "wie befürchtet" (a verb right after "wie" has no subject: the narrator's comment, unless the
 * verb reports with no speaker at all, "wie verlautete").
 */
export function notSpeechUse(tokens: Token[], cue: Cue): boolean {
  if (tokens[cue.index - 1]?.lower === "wie" && !SPEAKERLESS_REPORTS.has(cue.form.lemma)) return true;
  const end = clauseEnd(tokens, cue.index);
  const from = Math.max(0, cue.index - 12);
  // a verb at the end of its clause ("… wurde vom Gericht für unzulässig erklärt") has its complements before it
  const first = end - cue.index <= 3 ? clauseStart(tokens, cue.index) : cue.index + 1;
  if (cue.form.lemma === "erklären") {
    for (let j = first; j < end; j++) if (tokens[j].lower === "für" && j !== cue.index) return true;
  }
  if (cue.form.lemma === "verurteilen") {
    // "verurteilte ihn zu drei Jahren Haft": a court's sentence, not a condemnation
    for (let j = first; j < end; j++) if (/^(?:zu|zur|zum|wegen)$/.test(tokens[j].lower)) return true;
  }
  if (cue.form.lemma === "halten" && cue.form.particle === "fest") {
    // "hielt an der Kritik fest", "hält am Ausstieg fest": to hold on to something, not to state it
    const last = cue.particle > cue.index ? cue.particle : end;
    for (let j = first; j < last; j++) if (/^(?:an|am)$/.test(tokens[j].lower) && tokens[j].quote < 0) return true;
  }
  // "…, der in Haft festgehalten wird, …": held captive (the auxiliary after the participle, no "dass" clause), not stated
  // (the lemmas of the branches differ, so at most one of them is read: their order does not matter)
  if (cue.form.lemma === "festhalten-participle" && PASSIVE_AUXILIARIES.has(tokens[cue.index + 1]?.lower ?? "")) {
    return !(tokens[cue.index + 2]?.text === "," && tokens[cue.index + 3]?.lower === "dass");
  }
  if (cue.form.lemma === "fordern") {
    for (let j = from; j < end; j++) if (VICTIMS.has(tokens[j].lower)) return true;
  }
  return false;
}

/** Forms of "werden" and "sein" that make a participle before them passive ("festgehalten wird", "festgehalten worden"). */
const PASSIVE_AUXILIARIES = new Set([...passiveAuxiliaries, "seien", "werde"]);

const VICTIMS = new Set(victimNouns);
/** Speech verbs that report with no speaker at all: "…, wie verlautete." */
const SPEAKERLESS_REPORTS = new Set(["verlauten", "verlautbaren"]);
