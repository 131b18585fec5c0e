/**
 * The event cues compiled for detection (detect.ts): each cue's patterns as regular expressions (Swiss
 * spelling included, compounds ending in a noun cue), one trigger pattern of literals every matching word
 * holds (so only words holding one are tested against the cues), and the cue a word matches, memoised.
 */
import type {CueContext, EventCue} from "../lang/de/events.js";
import {eventCues} from "../lang/de/index.js";
import {withSwissSpelling} from "../lang/de/spelling.js";
import {inseparablePrefixes, MIN_MODIFIER} from "../lang/de/compounds.js";
import {isDictionaryNounForm} from "../lang/de/common-nouns.js";
import {FOLDED_ONLY_WITH_U, PLAIN_LITERAL, TriggerScanner, swissVariants} from "./triggerScanner.js";

/** A cue with its patterns compiled. */
export interface CompiledCue {
  cue: EventCue;
  /** The word itself. */
  exact: RegExp;
  /** A compound ending in the word ("Ramstein-Treffen"); only tried on capitalised words (nouns). */
  compound: RegExp | null;
  /** The cue's context rules, each with its word pattern compiled. */
  contexts: {re: RegExp; rule: CueContext}[];
}

/** Splits a pattern at its top-level "|" (not inside parentheses). */
function alternativesOf(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  out.push(pattern.slice(from));
  return out;
}

/** Compiles a cue; each pattern matches Swiss spelling too ("verliessen" as "verließen": `withSwissSpelling`). */
export function compileCue(cue: EventCue): CompiledCue {
  const alternatives = alternativesOf(withSwissSpelling(cue.pattern));
  const heads = alternatives.filter((a) => a.startsWith("~")).map((a) => a.slice(1));
  return {
    cue,
    exact: new RegExp(`^(?:${alternatives.map((a) => a.replace(/^~/, "")).join("|")})$`, "iu"),
    compound: heads.length ? new RegExp(`^([\\p{L}\\d-]+?)(${heads.join("|")})$`, "iu") : null,
    contexts: (cue.context ?? []).map((rule) => ({re: new RegExp(`^(?:${withSwissSpelling(rule.pattern)})$`, "iu"), rule}))
  };
}

function matches(c: CompiledCue, word: string): boolean {
  if (c.exact.test(word)) return true;
  if (c.compound === null || word[0] === word[0].toLowerCase()) return false;
  const parts = c.compound.exec(word);
  return parts !== null && isCompound(parts[1], parts[2]);
}

const INSEPARABLE = new Set(inseparablePrefixes);

/**
 * Whether `modifier` + `head` is a compound with that head, not a word derived from another ("Ver|einigung",
 * "Struktur|be|r|einigung", "St|einigung"): a modifier ending in a hyphen always is ("EU-Gipfel"); else it has at
 * least MIN_MODIFIER letters, is no inseparable prefix ("ver", "be"), and no one or two letters at its end, nor an
 * inseparable prefix there, make with the head a dictionary noun ("reinigung", "vereinigung": "Bundesvereinigung").
 */
export function isCompound(modifier: string, head: string): boolean {
  if (modifier.endsWith("-")) return true;
  const lower = modifier.toLowerCase();
  if (lower.length < MIN_MODIFIER || INSEPARABLE.has(lower)) return false;
  const h = head.toLowerCase();
  for (let k = 1; k <= Math.min(4, lower.length - 1); k++) {
    const tail = lower.slice(-k);
    if ((k < 3 || INSEPARABLE.has(tail)) && /^\p{L}+$/u.test(tail) && isDictionaryNounForm(tail + h)) return false;
  }
  return true;
}

/**
 * The longest run of letters every match of an alternative holds ("rufen" in "an(?:zu)?rufen"):
 * runs are broken by groups, classes, escapes and quantifiers; optional parts are left out.
 */
export function requiredLiteral(alternative: string): string {
  let best = "";
  let run = "";
  const end = () => {
    if (run.length > best.length) best = run;
    run = "";
  };
  const optional = (c: string | undefined) => c === "?" || c === "*" || c === "{";
  for (let i = alternative[0] === "~" ? 1 : 0; i < alternative.length; i++) {
    const c = alternative[i];
    if (/\p{L}/u.test(c)) {
      if (optional(alternative[i + 1])) end();
      else run += c;
      if (alternative[i + 1] === "+") end(); // "ab+c" holds "ab", not "abc"
      continue;
    }
    end();
    if (c === "\\") {
      i++;
      if (alternative[i + 1] === "{") i = alternative.indexOf("}", i); // \p{L}
    } else if (c === "(" || c === "[") {
      // skip the group or class (its content is not required as a whole)
      const close = c === "(" ? ")" : "]";
      for (let depth = 0; i < alternative.length; i++) {
        const d = alternative[i];
        if (d === "\\") i++;
        else if (d === c) depth++;
        else if (d === close && --depth === 0) break;
      }
    }
  }
  end();
  return best;
}

/**
 * One literal per alternative that every word matching it contains (the alternative's longest
 * required run of letters, else its literal start): a word can only match if it contains one.
 * Long literals keep the words looked up few ("rufen" rather than "an" for "an(?:zu)?rufen").
 * Longest first: the trigger pattern is their alternation.
 */
function triggerLiterals(cues: readonly EventCue[]): string[] {
  const literals = new Set<string>();
  for (const cue of cues) {
    for (const alternative of alternativesOf(cue.pattern)) {
      const start = /^~?([\p{L}]+)/u.exec(alternative)?.[1];
      if (!start) continue;
      const required = requiredLiteral(alternative);
      literals.add((required.length > start.length ? required : start).toLowerCase());
    }
  }
  return [...literals].sort((a, b) => b.length - a.length);
}


/** Compiled cues, their trigger pattern and the cue found for each word so far (first match, or null). */
export interface CueSet {
  cues: readonly EventCue[];
  compiled: CompiledCue[];
  trigger: RegExp;
  /** The same pattern without the `u` flag, when every literal is plain ({@link PLAIN_LITERAL}); else null. */
  plainTrigger: RegExp | null;
  /** `plainTrigger` as a scanner of literals, when every literal has three letters or more; else null. */
  scanner: TriggerScanner | null;
  hits: Map<string, CompiledCue | null>;
  /** Ids of the cues that report what was said or announced (`EventCue.reports`). */
  reporting: ReadonlySet<string>;
  /** Per cue id, the event types its mention replaces in its sentence (`EventCue.replaces`). */
  replacing: ReadonlyMap<string, readonly string[]>;
  /** Ids of the factual cues that report no speech: an undated mention of one takes the day of a sentence reporting it (dateFromReport). */
  reportDated: ReadonlySet<string>;
}

function cueSet(cues: readonly EventCue[]): CueSet {
  const literals = triggerLiterals(cues);
  const plain = literals.every((l) => PLAIN_LITERAL.test(l));
  const pattern = literals.map(withSwissSpelling).join("|");
  const scanner = plain && literals.every((l) => l.length >= 3) ? new TriggerScanner(literals.flatMap(swissVariants)) : null;
  return {cues, compiled: cues.map(compileCue), trigger: new RegExp(pattern, "giu"), plainTrigger: plain ? new RegExp(pattern, "gi") : null, scanner, hits: new Map(), reporting: new Set(cues.filter((c) => c.reports).map((c) => c.id)),
    replacing: new Map(cues.filter((c) => c.replaces?.length).map((c) => [c.id, c.replaces!])),
    reportDated: new Set(cues.filter((c) => c.factual && !c.reports).map((c) => c.id))};
}

/** Words remembered per cue set before the memo is cleared (bounds memory on huge corpora). */
const HIT_MEMO_LIMIT = 100_000;

/**
 * The cue after `hit` that the word matches, when `hit` is a data folder's `override: true` cue (data/events.yaml):
 * the word falls back to it where the override's context fails ("unterzeichnet" without the entry's `with:` verb stays
 * the built-in cue's). Undefined for any other cue.
 */
export function fallbackCue(set: CueSet, word: string, hit: CompiledCue): CompiledCue | undefined {
  if (!(hit.cue as EventCue & {override?: boolean}).override) return undefined;
  const k = set.compiled.indexOf(hit);
  return k < 0 ? undefined : set.compiled.slice(k + 1).find((c) => matches(c, word));
}

/** The first cue a word matches, memoised per cue set (a word's cue depends on the word alone). */
export function cueOf(set: CueSet, word: string): CompiledCue | undefined {
  let hit = set.hits.get(word);
  if (hit === undefined) {
    hit = set.compiled.find((c) => matches(c, word)) ?? null;
    if (set.hits.size >= HIT_MEMO_LIMIT) set.hits.clear();
    set.hits.set(word, hit);
  }
  return hit ?? undefined;
}

const defaults = cueSet(eventCues);
/** Sets of other lists (the built-in cues with a data folder's, `withDataCues`), compiled once per list. */
const others = new WeakMap<readonly EventCue[], CueSet>();

/** The compiled set of `cues`: the default cues' (lang/de eventCues) made once, another list's once per list object. */
export function cueSetOf(cues: readonly EventCue[]): CueSet {
  if (cues === defaults.cues) return defaults;
  let set = others.get(cues);
  if (!set) others.set(cues, (set = cueSet(cues)));
  return set;
}

/** Per list of data cues (data/events.yaml, parsed once per run), the built-in cues followed by them. */
const combined = new WeakMap<readonly EventCue[], readonly EventCue[]>();

/**
 * The data folder's cues that say `override: true`, the built-in cues, then the data folder's others (`Config.events`;
 * first match wins for a word): the same list object for the same data cues.
 */
export function withDataCues(data: readonly (EventCue & {override?: boolean})[] | undefined): readonly EventCue[] {
  if (!data?.length) return eventCues;
  let cues = combined.get(data);
  if (!cues) combined.set(data, (cues = [...data.filter((c) => c.override), ...eventCues, ...data.filter((c) => !c.override)]));
  return cues;
}

/**
 * Where the set's trigger finds a literal in `sentence` at or after `from` (-1 when nowhere): the scanner on
 * sentences where the pattern without the `u` flag finds the same places, else the pattern.
 */
export function triggerSearch(set: CueSet, sentence: string): (from: number) => number {
  if (set.scanner && !FOLDED_ONLY_WITH_U.test(sentence)) {
    const scanner = set.scanner;
    return (from) => scanner.find(sentence, from);
  }
  const trigger = triggerFor(set, sentence);
  return (from) => {
    trigger.lastIndex = from;
    return trigger.exec(sentence)?.index ?? -1;
  };
}

/** The set's trigger pattern for a sentence, from its start: the one without the `u` flag when it finds the same words there. */
export function triggerFor(set: CueSet, sentence: string): RegExp {
  const trigger = set.plainTrigger && !FOLDED_ONLY_WITH_U.test(sentence) ? set.plainTrigger : set.trigger;
  trigger.lastIndex = 0;
  return trigger;
}
