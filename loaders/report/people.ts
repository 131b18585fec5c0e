import {affiliationName} from "../people/step.js";
import type {Tables} from "../types.js";

/** Who is named by which source: one row per person and source. */
export interface PersonSourceRow {
  person_id: string;
  name: string;
  source: string;
  mentions: number;
  /** Roles this source gives the person, joined with " | ". */
  roles: string;
  /** Spellings this source uses, joined with " | ". */
  spellings: string;
  /** The person's affiliation without its cue ("USA"), so one country is one colour. */
  affiliation: string;
  negotiator: boolean;
  mediator: boolean;
}

/** Counts mentions per person and source, with the roles and spellings each source uses. */
export function peopleBySource(t: Pick<Tables, "articles" | "mentions" | "people">): PersonSourceRow[] {
  const sourceOf = new Map(t.articles.map((a) => [a.article_id, a.source]));
  const person = new Map(t.people.map((p) => [p.person_id, p]));
  const rows = new Map<string, PersonSourceRow & {roleSet: Set<string>; spellingSet: Set<string>}>();
  for (const m of t.mentions) {
    const source = sourceOf.get(m.article_id);
    if (source === undefined) throw new Error(`mentions.csv names unknown article_id: ${m.article_id}`);
    const p = person.get(m.person_id);
    const key = `${m.person_id}\u0000${source}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = {person_id: m.person_id, name: p?.name ?? m.surface, source, mentions: 0, roles: "", spellings: "", affiliation: affiliationName(p?.affiliation ?? ""), negotiator: Boolean(p?.negotiator), mediator: Boolean(p?.mediator), roleSet: new Set(), spellingSet: new Set()}));
    row.mentions += 1;
    if (m.role) row.roleSet.add(m.role);
    row.spellingSet.add(m.surface);
  }
  return [...rows.values()].map(({roleSet, spellingSet, ...row}) => ({...row, roles: [...roleSet].join(" | "), spellings: [...spellingSet].join(" | ")}))
    .sort((a, b) => a.name.localeCompare(b.name) || a.source.localeCompare(b.source));
}
