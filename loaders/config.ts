import {checkKeys} from "./configKeys.js";
import {yamlErrorMessage} from "./ingest/yamlError.js";
import {yamlLib} from "./io/lazy.js";
import type {OutletEntry} from "./ingest/metadata.js";
import type {RegisterPerson, RegisterRole} from "./people/register.js";
import {type FramingLexicon, parseFraming, parseTopics, type Taxonomy} from "./topics/taxonomy.js";
import type {EventCue} from "./lang/de/events.js";
import {parseEventCues} from "./events/userCues.js";

/**
 * Everything the extractors read from data/: registers and lexicons users edit.
 * The I/O layer reads the files; this module only parses their text.
 */
export interface Config {
  outlets: OutletEntry[];
  /** data/people.yaml: the people register. */
  people: RegisterPerson[];
  /** data/topics.yaml: the topic taxonomy with its term matcher. */
  topics: Taxonomy;
  /** data/framing.yaml: concepts and the words outlets use for them. */
  framing: FramingLexicon;
  /** data/organisations.yaml: names of organisations that are never a person on their own ("Verdi"), lower-cased. */
  organisations: readonly string[];
  /** data/events.yaml: event cues of the story, tried after the built-in ones (absent: none). */
  events?: readonly EventCue[];
}

/** data/ file name → its text. */
export type ConfigFiles = Record<string, string>;

/** Parses a data/ file's YAML text (`path`, the file as the user gave it, names it in errors); parseYaml, or the I/O layer's memo of it. */
export type YamlParse = (text: string, path: string) => any;

/**
 * Parses the data/ files into a Config. Throws with the file's path on bad content: `folder` is the data
 * folder as the user gave it (`--data`), so an error names the file they edit, not the shipped one.
 */
export function parseConfig(files: ConfigFiles, yaml: YamlParse = parseYaml, folder = "data"): Config {
  const at = (name: string) => `${folder.replace(/[\\/]+$/, "")}/${name}`;
  const topics = parseTopics(yaml(files["topics.yaml"] ?? "[]", at("topics.yaml")), at("topics.yaml"));
  return {
    outlets: parseOutlets(files["outlets.yaml"] ?? "[]", yaml, at("outlets.yaml")),
    people: parsePeople(files["people.yaml"] ?? "[]", yaml, at("people.yaml")),
    topics,
    framing: parseFraming(yaml(files["framing.yaml"] ?? "[]", at("framing.yaml")), new Set(topics.topics.map((t) => t.id)), at("framing.yaml")),
    organisations: parseOrganisations(files["organisations.yaml"] ?? "[]", yaml, at("organisations.yaml")),
    events: parseEventCues(yaml(files["events.yaml"] ?? "[]", at("events.yaml")), at("events.yaml"))
  };
}

function parseOutlets(text: string, yaml: YamlParse, path = "data/outlets.yaml"): OutletEntry[] {
  const data = yaml(text, path);
  if (!Array.isArray(data)) throw new Error(`${path}: expected a list of {outlet, patterns}`);
  return data.map((entry, i) => {
    if (!entry?.outlet || !Array.isArray(entry.patterns)) throw new Error(`${path}: entry ${i + 1} needs outlet and patterns`);
    checkKeys(entry, ["outlet", "patterns"], `${path}: entry ${i + 1} (${entry.outlet})`);
    return {
      outlet: String(entry.outlet),
      patterns: entry.patterns.map((p: string) => {
        try {
          return new RegExp(p, "mu");
        } catch (error) {
          throw new Error(`${path}: bad pattern for ${entry.outlet}: ${(error as Error).message}`);
        }
      })
    };
  });
}

/** Parses data/organisations.yaml: a list of names (strings), returned lower-cased. */
export function parseOrganisations(text: string, yaml: YamlParse = parseYaml, path = "data/organisations.yaml"): string[] {
  const data = yaml(text, path) ?? [];
  if (!Array.isArray(data)) throw new Error(`${path}: expected a list of names`);
  return data.map((entry, i) => {
    if (typeof entry !== "string" || !entry.trim()) throw new Error(`${path}: entry ${i + 1} must be a name (a string), got ${JSON.stringify(entry)}`);
    return entry.trim().toLowerCase();
  });
}

/** The keys of a person in data/people.yaml, and of one of their roles. */
const PERSON_KEYS = ["id", "name", "aliases", "roles", "affiliation", "wikidata"];
const ROLE_KEYS = ["role", "from", "to"];

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Parses data/people.yaml: a list of {id, name, aliases, roles: [{role, from, to}], affiliation, wikidata}. */
export function parsePeople(text: string, yaml: YamlParse = parseYaml, path = "data/people.yaml"): RegisterPerson[] {
  const data = yaml(text, path) ?? [];
  if (!Array.isArray(data)) throw new Error(`${path}: expected a list of people`);
  const ids = new Set<string>();
  return data.map((entry, i) => {
    const where = `${path}: entry ${i + 1}${entry?.id ? ` (${entry.id})` : ""}`;
    if (!entry || typeof entry !== "object") throw new Error(`${where}: expected a mapping`);
    checkKeys(entry, PERSON_KEYS, where);
    if (!entry.id || !entry.name) throw new Error(`${where}: needs id and name`);
    const id = String(entry.id);
    if (ids.has(id)) throw new Error(`${where}: duplicate id ${id}`);
    ids.add(id);
    if (entry.aliases != null && !Array.isArray(entry.aliases)) throw new Error(`${where}: aliases must be a list`);
    if (entry.roles != null && !Array.isArray(entry.roles)) throw new Error(`${where}: roles must be a list`);
    const roles: RegisterRole[] = (entry.roles ?? []).map((r: any, k: number) => {
      if (!r?.role) throw new Error(`${where}: role ${k + 1} needs a role`);
      checkKeys(r, ROLE_KEYS, `${where}: role ${k + 1}`);
      const from = r.from == null ? "" : String(r.from instanceof Date ? r.from.toISOString().slice(0, 10) : r.from);
      const to = r.to == null ? "" : String(r.to instanceof Date ? r.to.toISOString().slice(0, 10) : r.to);
      for (const d of [from, to]) if (d && !DATE.test(d)) throw new Error(`${where}: bad date ${d} (use YYYY, YYYY-MM or YYYY-MM-DD)`);
      return {role: String(r.role), from, to};
    });
    const wikidata = entry.wikidata == null ? "" : String(entry.wikidata);
    if (wikidata && !/^Q\d+$/.test(wikidata)) throw new Error(`${where}: bad wikidata id ${wikidata}`);
    return {id, name: String(entry.name), aliases: (entry.aliases ?? []).map(String), roles, affiliation: String(entry.affiliation ?? ""), wikidata};
  });
}

/** YAML.parse with the file's path in the error. */
export function parseYaml(text: string, path: string): any {
  try {
    return yamlLib().parse(text);
  } catch (error) {
    throw new Error(`${path}: ${yamlErrorMessage("not valid YAML", error, text)}`);
  }
}
