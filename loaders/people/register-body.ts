import {bodyGenitiveArticles, bodyQualifierJoiners, domesticBodies} from "../lang/de/register-body-words.js";
import type {RegisterPerson} from "./register.js";
import {sentenceEnds, sentenceOf} from "./sentenceEnds.js";

/** A body of the register's affiliations: "EU-Kommission" → head "kommission", qualifier "EU". */
interface Body {
  affiliation: string;
  qualifier: string;
}

const cache = new WeakMap<readonly RegisterPerson[], ReadonlyMap<string, Body>>();

/**
 * The bodies the register's affiliations name by a qualifier and a head noun ("EU-Kommission", "UN-Sicherheitsrat"), by the lower-cased
 * head; a head two affiliations share ("EU-Kommission", "Kohle-Kommission") names neither. Built once per register.
 */
export function registerBodies(register: readonly RegisterPerson[]): ReadonlyMap<string, Body> {
  const hit = cache.get(register);
  if (hit) return hit;
  const bodies = new Map<string, Body | null>();
  for (const affiliation of new Set(register.map((p) => p.affiliation))) {
    const match = /^(\p{Lu}[\p{L}\d]*)-(\p{Lu}\p{Ll}{3,})$/u.exec(affiliation);
    if (!match) continue;
    const head = match[2].toLowerCase();
    bodies.set(head, bodies.has(head) ? null : {affiliation, qualifier: match[1]});
  }
  const out = new Map([...bodies].filter((e): e is [string, Body] => e[1] !== null));
  cache.set(register, out);
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
/** The end of a sentence: its punctuation and the space after it. */
/** A body of a German state, Land or town named anywhere in the article. */
const DOMESTIC = new RegExp(`(?<![\\p{L}])(?:${domesticBodies.join("|")})`, "iu");

/** One article as register-body.ts reads it: where its sentences end, and per head the sentences naming the qualified body. */
interface Scanned {
  ends: readonly number[];
  /** head → indices of the sentences naming "EU-Kommission" or "Kommission der EU"; absent when the article vetoes the head. */
  qualified: ReadonlyMap<string, ReadonlySet<number>>;
}

/** The last text scanned with the bodies it was scanned for: the extractor asks once per mention of one article. */
let last: {text: string; bodies: ReadonlyMap<string, Body>; scanned: Scanned} | null = null;


/**
 * Scans `text` once for each body: the sentences naming it in its qualified form ("EU-Kommission", "Kommission der EU"); a head is
 * vetoed for the whole article when the article names a German state's body ("Bundestag", "Landtag") or another compound of that head
 * ("Rentenkommission", "Europaparlament" is another form and vetoes too, staying empty rather than wrong).
 */
function scan(text: string, bodies: ReadonlyMap<string, Body>): Scanned {
  if (last?.text === text && last.bodies === bodies) return last.scanned;
  const ends = sentenceEnds(text);
  const qualified = new Map<string, Set<number>>();
  if (!DOMESTIC.test(text)) {
    for (const [head, body] of bodies) {
      const other = new RegExp(`\\p{L}${escape(head)}`, "iu");
      if (other.test(text)) continue;
      const Head = head[0].toUpperCase() + head.slice(1);
      const q = escape(body.qualifier);
      const form = new RegExp(`(?<![\\p{L}\\d])(?:${q}-${Head}|${Head}\\p{Ll}{0,2} (?:${bodyQualifierJoiners.join("|")}) ${q})(?![\\p{L}\\d-])`, "gu");
      const sentences = new Set<number>();
      for (const m of text.matchAll(form)) sentences.add(sentenceOf(ends, m.index!));
      if (sentences.size) qualified.set(head, sentences);
    }
  }
  const scanned = {ends, qualified};
  last = {text, bodies, scanned};
  return scanned;
}

/**
 * The register affiliation a role names by its body's head noun alone, with the role and the qualified words it was read from, or null:
 * "Sprecherin der Kommission" or "Kommissionssprecherin" → "EU-Kommission" when the register's affiliations name exactly one
 * "…-Kommission" and the mention's sentence or the one before names the qualified body ("EU-Kommission", "Kommission der EU"). An
 * article naming the Bundestag, a Landtag or another "…kommission" gives null, as does a role that names no such body. `at` is the
 * mention's offset in `text`.
 */
export function registerBodyOf(roles: readonly string[], text: string, bodies: ReadonlyMap<string, Body>, at: number): {affiliation: string; cue: string; words: string} | null {
  if (!bodies.size) return null;
  const {ends, qualified} = scan(text, bodies);
  if (!qualified.size) return null;
  const sentence = sentenceOf(ends, at);
  for (const role of roles) {
    const words = role.split(" ");
    const last = words[words.length - 1].toLowerCase();
    const genitive = words.length >= 3 && bodyGenitiveArticles.has(words[words.length - 2]);
    const head = genitive
      ? [last.replace(/e?s$/u, ""), last].find((h) => bodies.has(h))
      : [...bodies.keys()].find((h) => words[0].length > h.length + 4 && words[0].toLowerCase().startsWith(h));
    if (!head) continue;
    const near = qualified.get(head);
    if (!near || !(near.has(sentence) || near.has(sentence - 1))) continue;
    const body = bodies.get(head)!;
    return {affiliation: body.affiliation, cue: role, words: `${body.qualifier}-${head[0].toUpperCase()}${head.slice(1)}`};
  }
  return null;
}
