/**
 * Clause helpers shared by the indirect and reported speech rules: spans,
 * unused cues, Konjunktiv and passive tests, zu-infinitive contents, and speech
 * verbs used in a sense that is not speech.
 */
import {clauseEnd, clauseStart, type Cue, type SentenceContext} from "../../../quotes/context.js";
import type {Token} from "../../../quotes/tokens.js";
import {victimNouns} from "../speechVerbs.js";

export const CONTENT_OPENERS = new Set(["dass", "daß", "ob"]);
export const AUXILIARIES = /^(?:hat|haben|hatte|hatten)$/;
const PASSIVE = /^(?:wurde|wurden|worden|wird|werden)$/;

/** "Das Urteil wurde bestätigt.": a participle at the clause end after a passive auxiliary. */
export function isPassive(tokens: Token[], cue: number): boolean {
  const next = tokens[cue + 1];
  // "… berichtet worden war", "…, die beschuldigt werden, …": a verb-final passive
  if (next && /^(?:worden|werden|wurde|wurden|wird)$/.test(next.lower) && !/^\p{Lu}/u.test(tokens[cue + 2]?.text ?? "")) return true;
  if (next && !/^[.,;:!?]$/.test(next.text)) return false;
  for (let j = cue - 1; j >= 0 && j > cue - 25; j--) if (PASSIVE.test(tokens[j].lower)) return true;
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
  if (!/^[„“"»«]$/.test(tokens[k]?.text ?? "") || !/^\p{Lu}\p{Ll}/u.test(tokens[k - 1]?.text ?? "")) return -1;
  for (let j = k + 1; j < tokens.length && j <= k + 6; j++) {
    if (/^[“”"«»]$/.test(tokens[j].text)) return j > k + 1 ? j : -1;
    if (!/^\p{Lu}/u.test(tokens[j].text)) return -1;
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

export function hasKonjunktiv(s: SentenceContext, from: number, to: number): boolean {
  const list = s.konjunktiv;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo] < to;
}

/** Words that open an infinitive clause of purpose or manner ("um … zu", "ohne … zu"), which reports nothing. */
export const PURPOSE_OPENERS = new Set(["um", "ohne", "statt", "anstatt"]);

/** "…, die Lizenz zu entziehen." / "…, ihn einzuladen.": the clause is a zu-infinitive (a demand, proposal, promise). */
export function endsWithZuInfinitive(tokens: Token[], from: number, end = tokens.length): boolean {
  let last = end - 1;
  while (last > from && !/^[\p{L}]/u.test(tokens[last].text)) last--;
  // "…, um den Protesten zu begegnen": the infinitive of a purpose, not a content; the clause before it may still be one
  let opener = last;
  while (opener > from && tokens[opener - 1].text !== ",") opener--;
  if (PURPOSE_OPENERS.has(tokens[opener].lower)) return opener - 1 > from && endsWithZuInfinitive(tokens, from, opener - 1);
  const verb = tokens[last];
  if (!verb || !/^\p{Ll}+en$/u.test(verb.text)) return false;
  if (tokens[last - 1]?.lower === "zu") return true;
  return /^(?:an|auf|aus|ein|mit|vor|voran|zurück|ab|bei|bereit|dar|fest|fort|frei|her|heraus|herbei|hin|hinaus|hoch|los|nieder|still|teil|weg|weiter|wieder|zu|zusammen|durch|um|über|nach|statt)zu\p{Ll}{3,}en$/u.test(verb.text);
}

/**
 * Speech verbs in a sense that is not speech: "erklärte die Ausschreibung für
 * fehlerhaft" (declare something to be), "forderte zwölf Todesopfer" (a toll of victims),
 * "verurteilte ihn zu drei Jahren Haft" (a court's sentence), "hielt an der Kritik fest" (held on to).
 */
export function notSpeechUse(tokens: Token[], cue: Cue): boolean {
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
  if (cue.form.lemma === "fordern") {
    for (let j = from; j < end; j++) if (VICTIMS.has(tokens[j].lower)) return true;
  }
  return false;
}

const VICTIMS = new Set(victimNouns);
