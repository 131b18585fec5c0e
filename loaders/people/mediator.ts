import type {FoundMention} from "./mentions.js";
import type {Token} from "./tokens.js";
import {BROKER_HEAD, CHAIR_HEAD, chairedTalks, MEDIATOR_HEAD, mediationStems, negotiationStems, STANCE_HEADS} from "../lang/de/negotiator-words.js";

/**
 * Which side of talks a word, a role or a sentence puts a person on: "party" (negotiates for a side: "Verhandlungsführerin",
 * "Delegation"), "mediator" (a neutral third party between the sides: "Schlichter", "Vermittlerin", "Schlichtung",
 * "Moderator der Gespräche"), or "" (not about talks).
 */
export type TalksKind = "party" | "mediator" | "";

const hasAny = (lower: string, stems: readonly string[]) => stems.some((s) => lower.includes(s));

/** The kind a word's stems give: "mediator" when it holds a stem of mediation (also "Schlichtungsverhandlungen"), "party" for one of negotiating, else "". */
export function wordKind(lower: string): TalksKind {
  if (BROKER_HEAD.test(lower)) return "";
  if (hasAny(lower, mediationStems)) return "mediator";
  return hasAny(lower, negotiationStems) ? "party" : "";
}

/**
 * The kind of a role of words (the first capitalised word is its head):
 * - "mediator": a head of MEDIATOR_HEAD ("Schlichter", "Co-Schlichterin", "EU-Vermittler", "Mediatorin"), a chair with talks after
 *   it ("Moderator der Gespräche"), or a head or first word of talks after it that names mediation ("Schlichtungsleiter",
 *   "Leiter der Schlichtung");
 * - "party": the head, or the first word of talks after it, names negotiating ("Verhandlungsführerin", "Chefunterhändler",
 *   "Leiter der Verhandlungen", "Sondergesandter für die Friedensgespräche");
 * - "": no talks, a broker of a trade ("Arbeitsvermittlerin"), or a head that takes a stance on the talks or watches them
 *   from outside ("Kritiker der Verhandlungen").
 */
export function roleKind(words: readonly string[]): TalksKind {
  const head = words.findIndex((w) => /^\p{Lu}/u.test(w));
  if (head < 0) return "";
  const lower = words[head].toLowerCase();
  if (BROKER_HEAD.test(lower)) return "";
  if (MEDIATOR_HEAD.test(lower)) return "mediator";
  const after = words.slice(head + 1).map((w) => w.toLowerCase());
  if (CHAIR_HEAD.test(lower)) return after.some((w) => hasAny(w, chairedTalks)) ? "mediator" : "";
  const own = wordKind(lower);
  if (own || STANCE_HEADS.test(lower)) return own;
  for (const w of after) {
    const kind = wordKind(w);
    if (kind) return kind;
  }
  return "";
}

/**
 * The kind of a mention that a negotiator rule marked: the kind of its own roles in the sentence when one is about talks (a
 * mediator's role wins: "Schlichter NAME verhandelte …"), else the kind of the word of talks nearest before `from` (the first
 * token of the list the mention stands in, so that the names of one list share it: "Die Schlichtung unter Leitung von NAME und
 * NAME", "Die beiden Schlichter, NAME und NAME, …"; "Nach dem Scheitern der Verhandlungen riefen NAME und NAME die Schlichtung
 * an" is a party's), else of the first one after the mention ("NAME, der als Vermittler gilt"), else "party" ("NAME führt die
 * Gespräche"). Names after "zwischen" are the sides someone mediates between, parties ("zwischen NAME und NAME vermitteln").
 */
export function mentionKind(tokens: readonly Token[], m: FoundMention, from = m.first, words: TalksWords = talksWords(tokens)): Exclude<TalksKind, ""> {
  const kinds = m.roles.map((r) => roleKind(r.split(/\s+/)));
  if (kinds.includes("mediator")) return "mediator";
  if (kinds.includes("party")) return "party";
  // the sides between which someone mediates: "Katar will zwischen [Ministerin] NAME und NAME vermitteln"
  let before = from - 1;
  while (before >= 0 && from - before <= 4 && tokens[before].word && tokens[before].cap) before--;
  if (tokens[before]?.lower === "zwischen") return "party";
  return (from > 0 ? words.before[from - 1] : "") || words.after[m.last + 1] || "party";
}

/** Per token index, the kind of the nearest word of talks at or before it (`before`) and at or after it (`after`), "" when none. */
export interface TalksWords {
  before: TalksKind[];
  after: TalksKind[];
}

/** The words of talks of a sentence, indexed for mentionKind in one pass each way (a sentence of many names stays linear). */
export function talksWords(tokens: readonly Token[]): TalksWords {
  const own = tokens.map((t) => (t.word ? wordKind(t.lower) : ""));
  const before: TalksKind[] = new Array(tokens.length);
  const after: TalksKind[] = new Array(tokens.length + 1);
  for (let k = 0; k < tokens.length; k++) before[k] = own[k] || (k > 0 ? before[k - 1] : "");
  after[tokens.length] = "";
  for (let k = tokens.length - 1; k >= 0; k--) after[k] = own[k] || after[k + 1];
  return {before, after};
}

/** The rule id for a mention of that kind: "negotiator:led-by" of a mediator is "mediator:led-by". */
export function ruleOfKind(rule: string, kind: Exclude<TalksKind, "">): string {
  return kind === "mediator" ? rule.replace(/^negotiator:/u, "mediator:") : rule;
}
