import type {PersonLexicon} from "./lexicon.js";
import type {NounTests} from "./noun-tests.js";
import type {Token} from "./tokens.js";

/** What a person cue rule reads: the capitalised word tokens[i], its neighbours and its noun tests. */
export interface CueContext {
  tokens: Token[];
  i: number;
  lex: PersonLexicon;
  /** The word's noun tests, each made once on first use. */
  w: NounTests;
  prev: Token | undefined;
  next: Token | undefined;
  /** The token after next. */
  third: Token | undefined;
  /** Whether the word ends in -s (a genitive, maybe). */
  genitive: boolean;
  /** Values a rule computes once for the rules after it (the finite verb before the word): see {@link memo}; made on first use. */
  cache: Map<string, unknown> | null;
}

/**
 * A person cue rule: a plain object with an id and the function that gives the cue by which a lone
 * capitalised word (no listed given name) is a person's name there, or "". The rules are tried in the
 * order of `personCueRules` in loaders/lang/de/index.ts; the first cue found is vetted against nouns
 * by loaders/people/bare-cues.ts. The cue is mostly the rule's id; two rules may give one cue
 * ("role+name"), and one may give cues by kind ("verb+subject-strong").
 */
export interface CueRule {
  id: string;
  cue(c: CueContext): string;
}

/** A rule whose cue is its id (or `gives`) where `test` holds. */
export function cueRule(id: string, test: (c: CueContext) => boolean, gives = id): CueRule {
  return {id, cue: (c) => (test(c) ? gives : "")};
}

/** A value computed once per context and key, for rules that share it. */
export function memo<T>(c: CueContext, key: string, make: () => T): T {
  if (c.cache === null) c.cache = new Map();
  else if (c.cache.has(key)) return c.cache.get(key) as T;
  const value = make();
  c.cache.set(key, value);
  return value;
}
