import {nonFactualWords} from "../lang/de/index.js";

/** Characters that end a clause around a cue (not "." or "?": the sentence bounds the clause, and "22. März" holds a dot). */
const CLAUSE_END = /[,;:()„“"–—]/u;
const nonFactual = new Set(nonFactualWords);

/**
 * Whether the clause around a cue (from the last clause break before `cueStart`
 * to the first after `cueEnd`, within `sentence`) negates, plans or supposes
 * what the cue names: "Der Rat soll den Bau beschließen", "hat nicht zugestimmt",
 * "Hätte der Rat zugestimmt, …". Offsets are relative to `sentence`.
 */
export function isNonFactual(sentence: string, cueStart: number, cueEnd: number): boolean {
  let from = cueStart;
  while (from > 0 && !CLAUSE_END.test(sentence[from - 1])) from--;
  let to = cueEnd;
  while (to < sentence.length && !CLAUSE_END.test(sentence[to])) to++;
  for (const w of sentence.slice(from, to).match(/\p{L}+/gu) ?? []) if (nonFactual.has(w.toLowerCase())) return true;
  return false;
}
