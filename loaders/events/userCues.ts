/**
 * Event cues of the data folder (data/events.yaml): words a story needs that the built-in cues
 * (loaders/lang/de/events.ts, labour-events.ts) lack, edited by users without touching code. Each entry
 * becomes an {@link EventCue} tried after the built-in ones (first match wins for a word, so an entry
 * adds words and never takes one from a built-in cue), unless it says `override: true`: then it is tried before them
 * and its words mean its type wherever a built-in cue has them too ("unterzeichnet" a signing, not an agreement).
 */
import {checkKeys} from "../configKeys.js";
import {compileCue} from "./cueSet.js";
import type {CueContext, EventCue} from "../lang/de/events.js";
import {ANNOUNCING} from "../lang/de/labour-events.js";
import {WITHDRAWING} from "../lang/de/events/withdrawal-words.js";

/** Verbs under which a noun cue of an entry names no event: announcing or calling for it anywhere in its clause. */
const NOUN_VETO_VERBS: readonly string[] = ANNOUNCING;

/** The keys of an entry of data/events.yaml. */
const KEYS = ["type", "words", "factual", "with", "without", "override"];

/** A cue of data/events.yaml: with `override`, tried before the built-in cues, so its words take the place of theirs. */
export interface DataEventCue extends EventCue {
  override?: boolean;
}
/** An event type: lower-case letters and hyphens ("strike", "lockout", "swearing-in"); it becomes part of event ids. */
const TYPE = /^[a-z][a-z-]*$/;
/**
 * A word of an entry: a letter, then letters, digits and hyphens, with a "*" at the start (compound heads) or the
 * end (any ending). A word must start with a letter: the cue trigger searches for a word's leading letters.
 */
const WORD = /^(\*?)(\p{L}[\p{L}\d-]*)(\*?)$/u;
/** A phrase of `with` / `without`: lower-case words separated by single spaces ("legten vor", "vorgelegt"). */
const PHRASE = /^\p{Ll}+(?: \p{Ll}+)?$/u;

/** Escapes pattern characters; a hyphen outside a class needs none (and "\\-" is invalid under the `u` flag). */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A list of strings under `key`, or [] when absent; throws naming `where` when it is not one. */
function list(entry: Record<string, unknown>, key: string, where: string): string[] {
  const value = entry[key];
  if (value == null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || !v.trim())) throw new Error(`${where}: ${key} must be a list of words`);
  return value.map((v: string) => v.trim());
}

/**
 * Parses data/events.yaml (already YAML-decoded): a list of `{type, words, factual?, with?, without?}`.
 * `words` are matched whole and case-insensitive (Swiss ss for ß too); a leading "*" also matches a capitalised
 * compound ending in the word ("*aussperrung": "Warnaussperrung"), a trailing "*" any ending ("ausgesperr*").
 * `factual` (default true) drops the cue in a negated, planned or supposed clause; `with` lists verbs (or a verb and
 * its separable particle, "legten vor") one of which must stand in the clause, `without` verbs none of which may;
 * `override` (default false) tries the entry before the built-in cues (`withDataCues`). A
 * noun cue is never counted under a verb of announcing or calling for (`ANNOUNCING`: "kündigte … an", "rief … auf",
 * "angedroht") nor as the object of a verb of withdrawing (`WITHDRAWING`: "zog die Drohung zurück", "zurückgenommen"; not
 * "nach der Kundgebung", not "zog sich zurück"); "drohte mit" is not
 * guarded (a `without: [drohte]` does it). Each cue's
 * rule id is `data.event.<type>.<entry number>`. Errors name the file, the entry and the problem.
 */
export function parseEventCues(data: unknown, where = "data/events.yaml"): DataEventCue[] {
  if (data == null) return [];
  if (!Array.isArray(data)) throw new Error(`${where}: expected a list of event cues ({type, words})`);
  return data.map((entry: any, i: number) => {
    const at = `${where}: entry ${i + 1}${typeof entry?.type === "string" ? ` (${entry.type})` : ""}`;
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) throw new Error(`${at}: expected a mapping with type and words`);
    checkKeys(entry, KEYS, at);
    const type = typeof entry.type === "string" ? entry.type.trim() : "";
    if (!TYPE.test(type)) throw new Error(`${at}: type must be lower-case letters and hyphens (e.g. strike, lockout), got ${JSON.stringify(entry.type)}`);
    const words = list(entry, "words", at);
    if (!words.length) throw new Error(`${at}: needs at least one word in words`);
    if (entry.factual != null && typeof entry.factual !== "boolean") throw new Error(`${at}: factual must be true or false`);
    if (entry.override != null && typeof entry.override !== "boolean") throw new Error(`${at}: override must be true or false (true: its words win over the built-in cues' words)`);
    const alternatives: string[] = [];
    const nouns: string[] = [];
    for (const word of words) {
      const parts = WORD.exec(word);
      if (!parts) throw new Error(`${at}: word ${JSON.stringify(word)}: only letters, digits and hyphens, starting with a letter, with one "*" at the start or end`);
      const [, head, body, tail] = parts;
      const core = escape(body.toLowerCase()) + (tail ? "\\p{L}*" : "");
      alternatives.push((head ? "~" : "") + core);
      // the noun cues (capitalised words): counted under no verb of announcing ("kündigte eine Aussperrung an")
      if (/^\p{Lu}/u.test(body) || head) nouns.push((head ? "[\\p{L}\\d-]*" : "") + core);
    }
    const phrases = (key: string) => {
      const out = list(entry, key, at).map((p) => p.toLowerCase());
      for (const p of out) if (!PHRASE.test(p)) throw new Error(`${at}: ${key}: ${JSON.stringify(p)} must be a verb, or a verb and its particle ("legten vor")`);
      return out;
    };
    const predicate = phrases("with");
    const notPredicate = phrases("without");
    const all = alternatives.map((a) => a.replace(/^~/, "[\\p{L}\\d-]*")).join("|");
    const context: CueContext[] = [];
    if (predicate.length || notPredicate.length) context.push({pattern: all, ...(predicate.length ? {predicate} : {}), ...(notPredicate.length ? {notPredicate} : {})});
    if (nouns.length) context.push({pattern: nouns.join("|"), notPredicate: NOUN_VETO_VERBS, notObjectOf: WITHDRAWING});
    const cue: DataEventCue = {id: `data.event.${type}.${i + 1}`, type, pattern: alternatives.join("|"), factual: entry.factual ?? true, ...(context.length ? {context} : {}), ...(entry.override ? {override: true} : {})};
    try {
      compileCue(cue);
    } catch (error) {
      throw new Error(`${at}: its words do not make a valid pattern: ${(error as Error).message}`);
    }
    return cue;
  });
}
