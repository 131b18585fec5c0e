/** A dated role of a registered person. */
export interface RegisterRole {
  role: string;
  /** YYYY or YYYY-MM-DD, "" when unknown. */
  from: string;
  to: string;
}

/** One person of data/people.yaml. */
export interface RegisterPerson {
  id: string;
  name: string;
  aliases: string[];
  roles: RegisterRole[];
  affiliation: string;
  wikidata: string;
}

/** Lower-cased token sequences of a register, indexed for a token scan. */
export interface RegisterIndex {
  /** First token → [tokens, person id], longest first. */
  byFirst: Map<string, [string[], string][]>;
  /** Surname (last token of the name or an alias) → person ids. */
  bySurname: Map<string, string[]>;
  people: Map<string, RegisterPerson>;
}

/** Splits a name into lower-cased word tokens ("J.D. Vance" → ["j.", "d.", "vance"]). */
export function nameTokens(name: string): string[] {
  return name.toLowerCase().replace(/\./g, ". ").split(/\s+/).filter(Boolean);
}

/** Builds the lookup index of a register. */
export function indexRegister(people: readonly RegisterPerson[]): RegisterIndex {
  const byFirst = new Map<string, [string[], string][]>();
  const bySurname = new Map<string, string[]>();
  for (const person of people) {
    for (const form of [person.name, ...person.aliases]) {
      const tokens = nameTokens(form);
      if (!tokens.length) continue;
      const list = byFirst.get(tokens[0]) ?? [];
      list.push([tokens, person.id]);
      byFirst.set(tokens[0], list);
      const last = tokens[tokens.length - 1];
      const ids = bySurname.get(last) ?? [];
      if (!ids.includes(person.id)) ids.push(person.id);
      bySurname.set(last, ids);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  return {byFirst, bySurname, people: new Map(people.map((p) => [p.id, p]))};
}
