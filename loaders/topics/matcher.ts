import {MIN_HEAD, MIN_MODIFIER, nonCompoundModifiers} from "../lang/de/compounds.js";
import {numberWords} from "../lang/de/numberWords.js";
import {snowballDe} from "../lang/de/snowballDe.js";
import {foldDe, foldLower} from "../lang/de/stemmer.js";
import {type Atom, atomKey, joinParts, type Pattern} from "./patterns.js";
import {type Token, tokenParts} from "./tokens.js";

/** One match of a pattern in a sentence: a span per matched word run. */
export interface PatternMatch {
  /** Index of the pattern in the list given to the matcher. */
  pattern: number;
  spans: [number, number][];
}

const NON_MODIFIERS = new Set(nonCompoundModifiers);
const NUMBER = /^\p{N}+$/u;
const NUMBER_WORDS = new Set(numberWords);
const NONE: readonly number[] = [];

/**
 * Finds term patterns in tokenised sentences. Each distinct word is analysed
 * once (stem, hyphen parts, compound heads) and the atoms it matches are
 * memoised, so a sentence costs a few Map lookups per word whatever the number
 * of patterns.
 */
export class TermMatcher {
  readonly patterns: readonly Pattern[];
  private atoms: Atom[] = [];
  private groups: number[][][] = [];
  private byFirstAtom = new Map<number, {pattern: number; group: number}[]>();
  private stems = new Map<string, number[]>();
  private heads = new Map<string, number[]>();
  private suffixes = new Map<string, number[]>();
  private prefixes = new Map<string, number[]>();
  private exact = new Map<string, number[]>();
  private infixes: number[] = [];
  private numberAtom = -1;
  /** Distinct value lengths of suffix and prefix atoms: only these slices of a word are looked up. */
  private suffixLengths: number[] = [];
  private prefixLengths: number[] = [];
  private memo = new Map<string, readonly number[]>();
  /** Head atoms by their stem read from its last character; prefix atoms by their first. */
  private headTrie: TrieNode = trieNode();
  private prefixTrie: TrieNode = trieNode();

  constructor(patterns: readonly Pattern[]) {
    this.patterns = patterns;
    const ids = new Map<string, number>();
    patterns.forEach((pattern, p) => {
      this.groups.push(pattern.groups.map((group, g) => {
        const atomIds = group.map((atom) => {
          const key = atomKey(atom);
          let id = ids.get(key);
          if (id === undefined) ids.set(key, (id = this.addAtom(atom)));
          return id;
        });
        push(this.byFirstAtom, atomIds[0], {pattern: p, group: g});
        return atomIds;
      }));
    });
  }

  private addAtom(atom: Atom): number {
    const id = this.atoms.push(atom) - 1;
    const {kind, value} = atom;
    if (kind === "stem") {
      push(this.stems, value, id);
      if (value.length >= MIN_HEAD) {
        push(this.heads, value, id);
        trieAdd(this.headTrie, value, true, id);
      }
    } else if (kind === "suffix") {
      push(this.suffixes, value, id);
      addLength(this.suffixLengths, value.length);
    } else if (kind === "prefix") {
      push(this.prefixes, value, id);
      addLength(this.prefixLengths, value.length);
      trieAdd(this.prefixTrie, value, false, id);
    } else if (kind === "infix") this.infixes.push(id);
    else if (kind === "exact") push(this.exact, value, id);
    else this.numberAtom = id;
    return id;
  }

  /** Ids of the atoms one word matches (memoised by surface form). */
  atomsOf(surface: string): readonly number[] {
    let found = this.memo.get(surface);
    if (found === undefined) {
      found = this.analyse(surface);
      if (this.memo.size >= 200_000) this.memo.clear();
      this.memo.set(surface, found);
    }
    return found;
  }

  /** Ids of the atoms one word matches, computed afresh (atomsOf memoises this). */
  analyse(surface: string): readonly number[] {
    return this.analyseForms(wordForms(surface));
  }

  /**
   * Ids of the atoms of a word whose forms are already computed (one `wordForms`
   * may serve several matchers). Heads and prefixes are found by walking a
   * character trie from the word's end (start), so a word costs a few steps
   * instead of one slice and lookup per pattern length.
   */
  analyseForms(forms: WordForms): readonly number[] {
    const out: number[] = [];
    if (this.numberAtom >= 0 && forms.isNumber) out.push(this.numberAtom);
    if (this.exact.size) {
      for (const form of forms.exactForms) {
        addIds(out, this.exact.get(form));
        if (form.length > 2 && form.endsWith("s")) addIds(out, this.exact.get(form.slice(0, -1)));
      }
    }
    const {joinedStem, folded} = forms;
    addIds(out, this.stems.get(joinedStem));
    for (const stem of forms.partStems) addIds(out, this.stems.get(stem));
    const n = joinedStem.length;
    let node: TrieNode | undefined = this.headTrie;
    for (let length = 1; length <= n - MIN_MODIFIER; length++) {
      node = node.next?.get(joinedStem.charCodeAt(n - length));
      if (!node) break;
      if (node.ids && !NON_MODIFIERS.has(joinedStem.slice(0, n - length))) addIds(out, node.ids);
    }
    for (const length of this.suffixLengths) {
      if (length > n) break;
      addIds(out, this.suffixes.get(joinedStem.slice(n - length)));
    }
    if (this.prefixLengths.length) {
      for (const form of forms.prefixForms) {
        let node: TrieNode | undefined = this.prefixTrie;
        for (let i = 0; i < form.length; i++) {
          node = node.next?.get(form.charCodeAt(i));
          if (!node) break;
          addIds(out, node.ids);
        }
      }
    }
    for (const id of this.infixes) if (folded.includes(this.atoms[id].value) && !out.includes(id)) out.push(id);
    return out.length ? out : NONE;
  }

  /**
   * Every pattern match in one sentence's tokens. One match per occurrence; "&"
   * patterns match once per sentence. `atomsAt` (the atoms of each token) may be
   * given by a caller that keeps its own per-word cache.
   */
  matchSentence(tokens: readonly Token[], atomsAt: readonly (readonly number[])[] = tokens.map((t) => this.atomsOf(t.surface))): PatternMatch[] {
    const found = new Map<number, [number, number][][]>();
    for (let i = 0; i < tokens.length; i++) {
      for (const atom of atomsAt[i]) {
        for (const ref of this.byFirstAtom.get(atom) ?? []) {
          const run = this.groups[ref.pattern][ref.group];
          if (i + run.length > tokens.length) continue;
          let k = 1;
          while (k < run.length && atomsAt[i + k].includes(run[k])) k++;
          if (k < run.length) continue;
          let spans = found.get(ref.pattern);
          if (!spans) found.set(ref.pattern, (spans = this.groups[ref.pattern].map(() => [])));
          spans[ref.group].push([tokens[i].start, tokens[i + run.length - 1].end]);
        }
      }
    }
    const matches: PatternMatch[] = [];
    for (const [pattern, spansByGroup] of found) {
      if (spansByGroup.length === 1) for (const span of spansByGroup[0]) matches.push({pattern, spans: [span]});
      else if (spansByGroup.every((s) => s.length)) matches.push({pattern, spans: spansByGroup.flat()});
    }
    return matches;
  }
}

/** Appends the ids not yet in `out`. */
function addIds(out: number[], ids: readonly number[] | undefined): void {
  if (ids) for (const id of ids) if (!out.includes(id)) out.push(id);
}

/** A node of a character trie: the atoms whose value ends at it, and the next characters. */
interface TrieNode {
  ids: number[] | undefined;
  next: Map<number, TrieNode> | undefined;
}

/** A node with both fields set from the start: every node has one shape, so the walks read them without a shape check failing. */
function trieNode(): TrieNode {
  return {ids: undefined, next: undefined};
}

/** Adds an atom id under `value`, read from its end when `reversed`. */
function trieAdd(root: TrieNode, value: string, reversed: boolean, id: number): void {
  let node = root;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(reversed ? value.length - 1 - i : i);
    let child = node.next?.get(code);
    if (!child) (node.next ??= new Map()).set(code, (child = trieNode()));
    node = child;
  }
  (node.ids ??= []).push(id);
}

/** The forms of one word that every matcher looks up, computed once per word (`wordForms`). */
export interface WordForms {
  /** The word itself, then its hyphen parts when there are several. */
  exactForms: readonly string[];
  /** The word with its hyphens, apostrophes and dots removed, and its lower case. */
  joined: string;
  lower: string;
  /** Stem of the word with its hyphens removed (`stemDe(lower)`, computed without stemDe's memo: callers keep their own per word). */
  joinedStem: string;
  /** Stems of the hyphen parts when there are several. */
  partStems: readonly string[];
  /** Folded lower case of the word with its hyphens removed. */
  folded: string;
  /** `folded`, then the folded hyphen parts when there are several. */
  prefixForms: readonly string[];
  /** A number in digits or a number word. */
  isNumber: boolean;
}

/**
 * No part forms: an empty array whose elements kind is that of an array of strings (an empty literal is an
 * array of small integers to V8, a second array shape that made it deoptimise `analyseForms` and its callers).
 */
const NO_FORMS: readonly string[] = stringsOf(undefined, []);

const JOINER = /[-‐'’.]/;

/**
 * `[first, ...rest.map(map)]` (without `first` when undefined), built by pushing onto a string literal's array so
 * that all the forms' arrays have one elements kind: spreads and `map` gave V8 a second shape to deoptimise on.
 */
function stringsOf(first: string | undefined, rest: readonly string[], map?: (s: string) => string): string[] {
  const out = [""];
  out.pop();
  if (first !== undefined) out.push(first);
  for (const s of rest) out.push(map ? map(s) : s);
  return out;
}

/** The forms of one word that `TermMatcher.analyseForms` looks up. */
export function wordForms(surface: string): WordForms {
  // most words have no hyphen, apostrophe or dot: their joined form is the word itself
  const plain = !JOINER.test(surface);
  const parts = plain ? [surface] : tokenParts(surface);
  const several = parts.length > 1;
  const joined = plain ? surface : joinParts(surface);
  const lower = joined.toLowerCase();
  const folded = foldLower(lower);
  return {
    exactForms: several ? stringsOf(surface, parts) : [surface],
    joined,
    lower,
    joinedStem: snowballDe(lower),
    partStems: several ? stringsOf(undefined, parts, (part) => snowballDe(part.toLowerCase())) : NO_FORMS,
    folded,
    prefixForms: several ? stringsOf(folded, parts, foldDe) : [folded],
    // a plain word is its joined form, so its lower case is known
    isNumber: isNumber(surface, plain ? lower : surface.toLowerCase())
  };
}

/** A number in digits (any script) or a number word; `lower` is the surface in lower case. */
function isNumber(surface: string, lower: string): boolean {
  const first = surface.charCodeAt(0);
  // every \p{N} below U+0080 is an ASCII digit: other ASCII first characters need no regex
  if ((first >= 128 || (first >= 48 && first <= 57)) && NUMBER.test(surface)) return true;
  return NUMBER_WORDS.has(lower);
}

/** Adds a length to a sorted list of distinct lengths. */
function addLength(lengths: number[], length: number): void {
  if (lengths.includes(length)) return;
  lengths.push(length);
  lengths.sort((a, b) => a - b);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
