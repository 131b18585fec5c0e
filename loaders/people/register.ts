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

/** The Arabic article written apart or joined with a hyphen ("al thani", "al-thani"), lower case. */
const APART_ARTICLE = new Set(["al", "el"]);
const JOINED_ARTICLE = /^(al|el)-(\p{L}.*)$/u;

/**
 * A register name's tokens in both spellings of the Arabic article: "Tamim bin Hamad Al Thani" also as "… al-thani" and the other way
 * round, so that a text's "Al-Thani" finds the register's "Al Thani". The tokens as given come first.
 */
export function articleSpellings(tokens: readonly string[]): string[][] {
  const joined: string[] = [];
  const apart: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const split = JOINED_ARTICLE.exec(t);
    if (split) apart.push(split[1], split[2]);
    else apart.push(t);
    if (APART_ARTICLE.has(t) && k + 1 < tokens.length) {
      joined.push(`${t}-${tokens[k + 1]}`);
      k++;
      apart.push(tokens[k]);
    } else joined.push(t);
  }
  const out = [tokens.slice()];
  for (const variant of [joined, apart]) if (variant.join(" ") !== tokens.join(" ")) out.push(variant);
  return out;
}

/** Builds the lookup index of a register. */
export function indexRegister(people: readonly RegisterPerson[]): RegisterIndex {
  const byFirst = new Map<string, [string[], string][]>();
  const bySurname = new Map<string, string[]>();
  for (const person of people) {
    const forms = new Set([person.name, ...person.aliases].flatMap((form) => articleSpellings(nameTokens(form)).map((t) => t.join(" "))));
    for (const form of forms) {
      const tokens = form.split(" ").filter(Boolean);
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
