import {givenNameGroup} from "../lang/de/given-name-variants.js";
import type {CorpusStep} from "../pipeline.js";
import type {MentionRow, PersonRow, QuoteRow} from "../types.js";
import {type Identity, mergeNames, type NameForm} from "./merge.js";
import type {RegisterPerson} from "./register.js";
import {registerRolesAt} from "./register-roles.js";
import {roleKind} from "./mediator.js";

/**
 * Corpus step `people`: merges the mentions' provisional ids into one identity
 * per person (register, transliteration, Kölner Phonetik, given-name variants),
 * builds people.csv and rewrites person ids in mentions and quote speakers.
 * A register person's roles are those the register gives for the articles' dates
 * (recorded in `evidence` as "role from register: …") plus those the text gives.
 */
export const peopleStep: CorpusStep = {
  name: "people",
  // ids depend on the order of the name forms: the memo is keyed by the ordered articles with mentions or quotes
  memo: {reads: ["mentions", "quotes"]},
  run(tables, config) {
    const forms = new Map<string, NameForm>();
    for (const m of tables.mentions) {
      const form = forms.get(m.person_id);
      if (form) form.count++;
      else forms.set(m.person_id, {key: m.person_id, given: m.given, surname: m.surname, registerId: m.person_id.startsWith("~") ? "" : m.person_id, count: 1, ...familyOf(m.person_id)});
    }
    const identities = mergeNames([...forms.values()], config.people, givenNameGroup);
    // rows whose ids do not change are kept as they are (no copy of every row)
    const mentions = tables.mentions.map((m) => {
      const id = identities.get(m.person_id)?.id ?? m.person_id;
      return id === m.person_id ? m : {...m, person_id: id};
    });
    const quotes = tables.quotes.map((q): QuoteRow => {
      const identity = identities.get(q.speaker_id);
      return identity && (identity.id !== q.speaker_id || identity.name !== q.speaker) ? {...q, speaker_id: identity.id, speaker: identity.name} : q;
    });
    const source = new Map(tables.articles.map((a) => [a.article_id, a.source]));
    const published = new Map(tables.articles.map((a) => [a.article_id, a.published ?? ""]));
    const people = peopleRows(mentions, identities, config.people, source, published);
    return {mentions, quotes, people};
  }
};

function peopleRows(mentions: MentionRow[], identities: Map<string, Identity>, register: readonly RegisterPerson[], source: Map<string, string>, published: Map<string, string>): PersonRow[] {
  const byRegisterId = new Map(register.map((p) => [p.id, p]));
  const byId = new Map<string, {identity: Identity; rows: MentionRow[]}>();
  for (const identity of new Set(identities.values())) byId.set(identity.id, {identity, rows: []});
  for (const m of mentions) byId.get(m.person_id)?.rows.push(m);
  const rows: PersonRow[] = [];
  for (const {identity, rows: ms} of byId.values()) {
    if (!ms.length) continue;
    const textRoles = unique(ms.flatMap((m) => (m.role ? m.role.split("; ") : [])));
    const person = byRegisterId.get(identity.registerId);
    const fromRegister = person ? registerRolesAt(person.roles, new Set(ms.map((m) => published.get(m.article_id) ?? ""))) : [];
    const roles = unique([...fromRegister, ...textRoles]);
    rows.push({
      person_id: identity.id,
      name: identity.name,
      aliases: unique(ms.map((m) => m.surface)).join(" | "),
      roles: roles.join(" | "),
      affiliation: person?.affiliation || textAffiliation(ms),
      ...sides(ms, fromRegister),
      sources: unique(ms.map((m) => source.get(m.article_id) ?? "")).filter(Boolean).join(" | "),
      mentions: ms.length,
      evidence: [identity.registerId ? "register" : "", ...fromRegister.map((r) => `role from register: ${r}`), ...identity.evidence].filter(Boolean).join("; ")
    });
  }
  return rows.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/**
 * Whether a person negotiates for a side or mediates between the sides (never both): a mediator when at least as many
 * mentions have a mediator rule as a negotiator one (and some have), or when a register role for the articles' dates is a
 * mediator's ("Schlichterin"); else a negotiator when some mention has a negotiator rule.
 */
function sides(ms: readonly MentionRow[], registerRoles: readonly string[]): Pick<PersonRow, "negotiator" | "mediator"> {
  let party = 0;
  let mediating = 0;
  for (const m of ms) {
    if (m.negotiator) party++;
    else if (m.mediator) mediating++;
  }
  const mediator = (mediating > 0 && mediating >= party) || registerRoles.some((r) => roleKind(r.split(/\s+/)) === "mediator");
  return {negotiator: party > 0 && !mediator, mediator};
}

/** Most frequent affiliation the text gives, with its cue: "USA (from “US-”)". */
function textAffiliation(ms: MentionRow[]): string {
  const counts = new Map<string, [number, string]>();
  for (const m of ms) {
    if (!m.affiliation) continue;
    const entry = counts.get(m.affiliation) ?? [0, m.affiliation_cue];
    entry[0]++;
    counts.set(m.affiliation, entry);
  }
  const best = [...counts].sort((a, b) => b[1][0] - a[1][0])[0];
  return best ? `${best[0]} (from “${best[1][1]}”)` : "";
}

/** The affiliation without the cue it was read from: "USA (from “US-”)" → "USA". */
export function affiliationName(affiliation: string): string {
  const cue = affiliation.lastIndexOf(" (from “");
  return cue >= 0 && affiliation.endsWith("”)") ? affiliation.slice(0, cue) : affiliation;
}

/** The family name a provisional id carries for a given name of kin ("~Lea|~Weber" → {family: "Weber"}; see peopleExtractor). */
function familyOf(key: string): {family?: string} {
  const bar = key.indexOf("|~");
  return key.startsWith("~") && bar > 0 ? {family: key.slice(bar + 2)} : {};
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
