/**
 * People as key terms: a person the people finder names in a sentence counts as
 * one term, shown by the full name ("Lea Sommer"; the register's name for a
 * register person), and the words of the name count as no words of their own.
 * Otherwise a full name splits into fragments ("Lea", "Sommer"), and a given
 * name shared by several people, or one part of a long Arabic name, shows up as
 * a term that names no one.
 */
import type {RegisterPerson} from "../people/register.js";
import type {MentionRow} from "../types.js";

/** One person's mention as a key term: its span, the term shown and the stem it is counted under. */
export interface PersonTerm {
  start: number;
  end: number;
  /** The full name: the register's name, else given name and surname as the article gives them, else the surface. */
  term: string;
  /** The register id, else the lower-cased full name (a space in it keeps it apart from every word stem). */
  stem: string;
}

const names = new WeakMap<readonly RegisterPerson[], Map<string, string>>();

/** The register's names by id, built once per register. */
function registerNames(register: readonly RegisterPerson[]): Map<string, string> {
  let byId = names.get(register);
  if (!byId) names.set(register, (byId = new Map(register.map((p) => [p.id, p.name]))));
  return byId;
}

/** The article's person mentions as key terms, in text order. */
export function personTerms(mentions: readonly MentionRow[], register: readonly RegisterPerson[]): PersonTerm[] {
  const byId = registerNames(register);
  const out: PersonTerm[] = [];
  for (const m of mentions) {
    const registered = byId.get(m.person_id);
    const term = registered ?? ([m.given, m.surname].filter(Boolean).join(" ") || m.surface);
    out.push({start: m.start, end: m.end, term, stem: registered ? m.person_id : term.toLowerCase()});
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
