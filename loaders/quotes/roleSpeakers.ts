/**
 * Role-noun speakers ("der Sprecher", "Der Oberbürgermeister", "die
 * GdP-Vorsitzende"): the role a speaker phrase names, and whether a person
 * holds it by what the text or the register says (a mention's role, an
 * apposition "Oberbürgermeister Karl Roth", a register role). A role-noun
 * speaker is linked only to a person who holds the role, never merely to the
 * person named last. Role nouns are those of loaders/lang/de/person-roles.ts.
 */
import {inflectedAdjectiveShape, notQualifyingWords, roleNounEndings} from "../lang/de/speakerWords.js";
import {affiliationOf, roleNoun, withoutTenure} from "../people/roles.js";
import {type Token, tokenize} from "../people/tokens.js";
import {registerRolesAt} from "../people/register-roles.js";
import type {RegisterPerson} from "../people/register.js";
import type {MentionRow} from "../types.js";
import {fitsPrefix, rolePrefix} from "./rolePrefix.js";
import {sameOffices} from "../lang/de/same-offices.js";

/** For each generic role key of `sameOffices`, the keys it names (one way: a specific office names only itself). */
const SAME_OFFICE = new Map<string, Set<string>>();
for (const group of sameOffices) {
  for (const key of group.generic) {
    const named = SAME_OFFICE.get(key) ?? new Set<string>();
    for (const other of [...group.generic, ...group.specific]) named.add(other);
    SAME_OFFICE.set(key, named);
  }
}

/**
 * Roles a person id holds by the register (for the article's day), [] for people the register does not name;
 * `affiliation`, when set, gives the register's affiliation of a person id ("" when none).
 */
export type RegisterRoles = ((personId: string) => readonly string[]) & {
  affiliation?: (personId: string) => string;
  /** Every register person (id and canonical name), for a role no mention of the article holds (`registerHolder`). */
  people?: readonly {id: string; name: string}[];
};

/** No register roles. */
export const NO_REGISTER_ROLES: RegisterRoles = () => [];

/**
 * The register roles of each register person valid on the article's publication day
 * (`published` YYYY-MM-DD, or "" when unknown: then the roles still held).
 */
export function registerRoles(people: readonly RegisterPerson[], published: string): RegisterRoles {
  const byId = new Map(people.map((p) => [p.id, p]));
  const roles: RegisterRoles = byPerson((personId) => {
    const person = byId.get(personId);
    return person ? registerRolesAt(person.roles, [published]) : [];
  });
  roles.affiliation = (personId) => byId.get(personId)?.affiliation ?? "";
  roles.people = people.map((p) => ({id: p.id, name: p.name}));
  return roles;
}

/** `f` of a person id, computed once per id. */
function byPerson<T>(f: (personId: string) => T): (personId: string) => T {
  const seen = new Map<string, T>();
  return (personId) => {
    if (!seen.has(personId)) seen.set(personId, f(personId));
    return seen.get(personId)!;
  };
}

/** The lemma of a role noun as a comparison key: lower case, without a prefix before a hyphen ("US-Präsident" → "präsident"). */
function roleKey(lemma: string): string {
  const lower = lemma.toLowerCase();
  return lower.slice(lower.lastIndexOf("-") + 1);
}

/** The role a speaker phrase names: its comparison key and the affiliation the phrase gives ("" when none). */
export interface SpeakerRole {
  key: string;
  affiliation: string;
  /** The role noun's compound prefix when the affiliation lexicon does not know it ("Hamas-Unterhändler" → "hamas"; rolePrefix.ts). */
  prefix?: string;
}

/** The affiliation a run of words gives: a role noun's prefix ("US-Präsident") or an adjective or genitive ("russische", "Russlands"). */
function affiliationIn(words: readonly Token[]): string {
  for (const [k, t] of words.entries()) {
    // a country's name as it stands after "von" or a genitive "der" ("Präsident der Ukraine", affiliationOf)
    const found = roleNoun(t)?.affiliation || (t.word ? affiliationOf(t.text, words[k - 1]?.lower) : "");
    if (found) return found;
  }
  return "";
}

/** Whether a role names a side: a compound prefix ("CDU-Chef") or an affiliation in its words ("Chefunterhändler Israels"). */
function sideOf(role: string): boolean {
  const words = tokenize(withoutTenure(role)).filter((t) => t.word);
  return !!words.length && (!!rolePrefix(words[0].text) || !!affiliationIn(words));
}

/**
 * The role a speaker phrase names ("Der neue Sprecher der Stadt" → "sprecher",
 * "Die Bürgermeisterin" → "bürgermeisterin", "der russische Präsident" →
 * "präsident" of Russland): the first word that is a role noun; null when the
 * phrase names no role ("die Feuerwehr", "Der Kreis Wettau", "der 54-Jährige",
 * "Frau Berg").
 */
export function speakerRole(phrase: string): SpeakerRole | null {
  const tokens = tokenize(phrase);
  for (const token of tokens) {
    const role = roleNoun(token);
    if (!role?.role) continue;
    const affiliation = affiliationIn(tokens);
    const prefix = role.affiliation ? "" : rolePrefix(token.text);
    return prefix && !affiliation ? {key: roleKey(role.role), affiliation, prefix} : {key: roleKey(role.role), affiliation};
  }
  return null;
}

/**
 * Whether a role (as written in the text or the register: "Außenministerin",
 * "Sprecher der Stadt", "Kreml-Sprecher") is the role of a speaker: the same noun
 * in the same gender, or a compound of it ("Außenminister" holds "minister"), or an office a generic speaker noun
 * names (`sameOffices`: "Ministerpräsident" holds "Regierungschef", "Premierminister" does not hold "Kanzler"), and
 * no other affiliation than the speaker's, by the role's words or `affiliation`
 * the text gives its holder ("US-Präsident" is not "der russische Präsident").
 */
export function roleHolds(role: string, speaker: SpeakerRole, affiliation = ""): boolean {
  // a former role is read by its noun, as the speaker phrase is ("der frühere Präsident")
  const words = tokenize(withoutTenure(role)).filter((t) => t.word);
  const found = words.length ? roleNoun(words[0]) : null;
  if (!found?.role) return false;
  const held = roleKey(found.role);
  if (held !== speaker.key && !held.endsWith(speaker.key) && !SAME_OFFICE.get(speaker.key)?.has(held)) return false;
  const heldAffiliation = affiliationIn(words) || affiliation;
  return !speaker.affiliation || !heldAffiliation || heldAffiliation === speaker.affiliation;
}

/**
 * The latest mention before the speaker whose person holds the speaker's role,
 * by a role the text gives that person anywhere in the article (`mentions`: "Der
 * GdP-Vorsitzende" after "Gewerkschaftschef Konrad Roth", who is called
 * "GdP-Vorsitzender Konrad Roth" later) or by the register; undefined when no
 * one does. `before` and `mentions` are in text order. A speaker with a `prefix`
 * ("der Hamas-Unterhändler") needs a person the prefix fits (rolePrefix.ts): one
 * holding the role, or any person named from `recentFrom` on (the sentence before);
 * else a holder of the role whom nothing ties to any side.
 */
export function roleHolder(speaker: SpeakerRole, before: readonly MentionRow[], mentions: readonly MentionRow[], register: RegisterRoles, recentFrom = Infinity): MentionRow | undefined {
  const holds = byPerson((id) => register(id).some((r) => roleHolds(r, speaker)) || mentions.some((m) => m.person_id === id && m.role.split("; ").some((r) => r && roleHolds(r, speaker, m.affiliation))));
  const prefix = speaker.prefix;
  if (prefix) {
    const fits = byPerson((id) => fitsPrefix(id, prefix, [...register(id), register.affiliation?.(id) ?? ""], mentions));
    // a holder of no known side may still be the speaker ("der ÖVP-Generalsekretär" after "Generalsekretär X");
    // one of another side never is ("Chefunterhändler Israels" is not "der Hamas-Unterhändler")
    const sided = byPerson((id) => !!register.affiliation?.(id) || register(id).some(sideOf) || mentions.some((m) => m.person_id === id && (!!m.affiliation || m.role.split("; ").some(sideOf))));
    for (let i = before.length - 1; i >= 0; i--) {
      const m = before[i];
      if (fits(m.person_id) ? m.start >= recentFrom || holds(m.person_id) : holds(m.person_id) && !sided(m.person_id)) return m;
    }
    return undefined;
  }
  for (let i = before.length - 1; i >= 0; i--) if (holds(before[i].person_id)) return before[i];
  return undefined;
}

/** The rule id a row resolved by `registerHolder` carries after its quote rule's. */
export const REGISTER_OFFICE_RULE = "de.speaker.register-office";

/**
 * de.speaker.register-office: a bare role noun with its article ("der Ministerpräsident", "die
 * Bürgermeisterin") that no mention before it resolves stands for the register person (`data/people.yaml`) who
 * holds that very office on the article's day, as a name would, when exactly one does and the article names that
 * person somewhere (`mentions`, all of the article's person mentions). The register role must be the bare noun
 * itself (or an office a generic noun names, `sameOffices`): a role with a compound prefix or a complement
 * ("Kreml-Sprecher", "US-Außenminister", "Sprecher des Senats") never stands for a bare noun, nor does a compound
 * of it ("der Sprecher" is no "Regierungssprecher"). The rule gives way when the article gives the office to
 * another person (a mention's role) or writes the noun after an adjective ("der französische Außenminister",
 * `text`), which makes it someone else's office. A phrase with more words ("der Sprecher der Polizei"), a compound
 * prefix the affiliation lexicon does not know, or two holders resolve no one. Undefined when none.
 */
export function registerHolder(words: readonly string[], speaker: SpeakerRole, register: RegisterRoles, text = "", mentions: readonly MentionRow[] = []): {speaker_id: string; speaker: string; by: string} | undefined {
  if (words.length !== 2 || !/^(?:der|die)$/iu.test(words[0]) || speaker.prefix || !register.people) return undefined;
  const holders = register.people.filter((p) => register(p.id).some((role) => sameOffice(role, speaker) && roleHolds(role, speaker, register.affiliation?.(p.id) ?? "")));
  if (holders.length !== 1) return undefined;
  const holder = holders[0];
  if (!mentions.some((m) => m.person_id === holder.id)) return undefined;
  // another person the article gives the office to: "Ministerpräsident Karl Roth" makes "der Ministerpräsident" his
  if (mentions.some((m) => m.person_id !== holder.id && m.role.split("; ").some((r) => r && roleHolds(r, {key: speaker.key, affiliation: ""})))) return undefined;
  if (qualifiedNoun(text, words[1])) return undefined;
  return {speaker_id: holder.id, speaker: holder.name, by: REGISTER_OFFICE_RULE};
}

const ADJECTIVE = inflectedAdjectiveShape;
const NO_ADJECTIVE = new Set(notQualifyingWords);
/** A word after whitespace and the letters before it: group 1 the word before, group 2 the word (not a compound's first part, "US-"). */
const WORD_PAIR = /(\p{L}+)\s+(?=(\p{L}+)(?![\p{L}-]))/gu;
/** Endings a role noun's stem takes in the text ("Außenminister|in", "Präsident|en"). */
const NOUN_ENDINGS = roleNounEndings;

/** The article whose words after a qualifying adjective were indexed last, and those words: one pass over each article, however many bare role nouns it has. */
let indexed: {text: string; words: ReadonlySet<string>} | undefined;

/** The words of `text` that stand right after an adjective that qualifies them ("französische" before "Außenminister"). */
function qualifiedWords(text: string): ReadonlySet<string> {
  if (indexed?.text === text) return indexed.words;
  const words = new Set<string>();
  for (const m of text.matchAll(WORD_PAIR)) if (ADJECTIVE.test(m[1]) && !NO_ADJECTIVE.has(m[1])) words.add(m[2]);
  indexed = {text, words};
  return words;
}

/** Whether the article writes `noun`'s stem right after an adjective that qualifies it ("der französische Außenminister"). */
function qualifiedNoun(text: string, noun: string): boolean {
  if (!text || noun.length < 3) return false;
  const stem = noun.replace(/(?:in|en|n|s)$/u, "");
  const words = qualifiedWords(text);
  return NOUN_ENDINGS.some((ending) => words.has(stem + ending));
}

/** Whether a role's noun is the speaker's role noun itself or an office its generic noun names (no compound of it). */
function sameOffice(role: string, speaker: SpeakerRole): boolean {
  const words = tokenize(withoutTenure(role)).filter((t) => t.word);
  // "Kreml-Sprecher", "US-Außenminister", "Sprecher des Senats": a qualified office is never a bare noun's
  if (words.length !== 1 || words[0].text.includes("-")) return false;
  const found = roleNoun(words[0]);
  if (!found?.role) return false;
  const held = roleKey(found.role);
  return held === speaker.key || !!SAME_OFFICE.get(speaker.key)?.has(held);
}
