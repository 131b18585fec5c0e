import type {RegisterPerson} from "./register.js";

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

/**
 * The register affiliation a role names by its body's head noun alone, with the words it was read from, or null: "Sprecherin der
 * Kommission" or "Kommissionssprecherin" → "EU-Kommission" when the register's affiliations name exactly one "…-Kommission" and the
 * article names its qualifier ("EU", "EU-Kommission"), so that the generic noun is that body in the article's context. A role that
 * names no such body, or an article that does not name the qualifier, gives null.
 */
export function registerBodyOf(roles: readonly string[], text: string, bodies: ReadonlyMap<string, Body>): {affiliation: string; cue: string} | null {
  if (!bodies.size) return null;
  for (const role of roles) {
    const words = role.split(" ");
    const last = words[words.length - 1].toLowerCase().replace(/e?s$/u, "");
    const genitive = words.length >= 3 && /^(?:der|des)$/u.test(words[words.length - 2]) ? bodies.get(last) ?? bodies.get(words[words.length - 1].toLowerCase()) : undefined;
    const first = words[0].toLowerCase();
    const prefixed = genitive ? undefined : [...bodies].find(([head]) => first.length > head.length + 4 && first.startsWith(head))?.[1];
    const body = genitive ?? prefixed;
    if (body && new RegExp(`(?<![\\p{L}\\d])${body.qualifier}(?![\\p{L}\\d])`, "u").test(text)) return {affiliation: body.affiliation, cue: role};
  }
  return null;
}
