/**
 * Which date rules may match a sentence, from the cue stems it holds: one
 * scan of the sentence for the language's and the rules' cue stems.
 */
import type {DateLanguage} from "./find.js";
import type {DateRule} from "./rule.js";
import {stemScanner} from "./stems.js";

/** Finds which cue stems a sentence holds, in one pass over its text. */
export interface CueIndex {
  /**
   * Sets `active[r]` to 1 for every rule r whose cue stems occur in the sentence, 0 for the others;
   * true when any cue stem (the language's or a rule's) occurs.
   */
  scan(sentence: string, active: Uint8Array): boolean;
  /** Position of each rule in the language's order. */
  order: Map<DateRule, number>;
}

const cueIndexes = new WeakMap<DateLanguage, CueIndex>();

/** One scanner for every cue stem of a language (built once); each stem knows the rules it lets run. */
export function cueIndex(language: DateLanguage): CueIndex {
  let index = cueIndexes.get(language);
  if (index) return index;
  const rulesOf = new Map<string, number[]>(language.cue.map((c) => [c, []]));
  language.rules.forEach((rule, r) => {
    if (Array.isArray(rule.cue)) for (const c of rule.cue) rulesOf.set(c, [...(rulesOf.get(c) ?? []), r]);
  });
  const stems = [...rulesOf.keys()];
  const ruleLists = stems.map((s) => rulesOf.get(s)!);
  const scanner = stemScanner(stems);
  // what the scanner reports into (one callback for every sentence, not one closure each)
  let any = false;
  let flags: Uint8Array = new Uint8Array(0);
  const found = (i: number) => {
    any = true;
    for (const r of ruleLists[i]) flags[r] = 1;
  };
  index = {
    order: new Map(language.rules.map((r, i) => [r, i])),
    scan(sentence, active) {
      active.fill(0);
      any = false;
      flags = active;
      scanner(sentence, found);
      return any;
    }
  };
  cueIndexes.set(language, index);
  return index;
}
