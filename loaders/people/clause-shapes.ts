import {passiveAuxiliaries} from "../lang/de/bare-name-words.js";
import type {Token} from "./tokens.js";

/** Token-sequence shapes the bare-name cues read around a word (loaders/people/bare-cues.ts): a passive clause, a year. */

const PASSIVE = new Set(passiveAuxiliaries);

/** Whether a passive auxiliary stands right after the participle after tokens[i] or up to eight tokens before it, within the clause. */
export function passiveAround(tokens: Token[], i: number): boolean {
  if (PASSIVE.has(tokens[i + 2]?.lower ?? "")) return true;
  for (let k = i - 2; k >= Math.max(0, i - 10); k--) {
    const t = tokens[k];
    if (!t.word && /^[.,;:!?]$/u.test(t.text)) return false;
    if (PASSIVE.has(t.lower)) return true;
  }
  return false;
}

/** Whether tokens from k spell a year of four digits (1000–2099); the tokenizer keeps digits apart. */
export function yearAt(tokens: Token[], k: number): boolean {
  const first = tokens[k];
  if (!first || (first.text !== "1" && first.text !== "2")) return false;
  for (let d = k + 1; d < k + 4; d++) if (!/^\d$/u.test(tokens[d]?.text ?? "") || tokens[d].start !== tokens[d - 1].end) return false;
  return !/^\d$/u.test(tokens[k + 4]?.text ?? "") || tokens[k + 4].start !== tokens[k + 3].end;
}
