/**
 * Role-noun speakers ("der Sprecher", "Der Oberbürgermeister", "die
 * GdP-Vorsitzende"): the role a speaker phrase names, and whether a person
 * holds it by what the text or the register says (a mention's role, an
 * apposition "Oberbürgermeister Karl Roth", a register role). A role-noun
 * speaker is linked only to a person who holds the role, never merely to the
 * person named last. Role nouns are those of loaders/lang/de/person-roles.ts.
 */
import {roleNoun} from "../people/roles.js";
import {tokenize} from "../people/tokens.js";
import {registerRolesAt} from "../people/register-roles.js";
import type {RegisterPerson} from "../people/register.js";
import type {MentionRow} from "../types.js";

/** Roles a person id holds by the register (for the article's day), [] for people the register does not name. */
export type RegisterRoles = (personId: string) => readonly string[];

/** No register roles. */
export const NO_REGISTER_ROLES: RegisterRoles = () => [];

/**
 * The register roles of each register person valid on the article's publication day
 * (`published` YYYY-MM-DD, or "" when unknown: then the roles still held).
 */
export function registerRoles(people: readonly RegisterPerson[], published: string): RegisterRoles {
  const byId = new Map(people.map((p) => [p.id, p]));
  const cache = new Map<string, readonly string[]>();
  return (personId) => {
    let roles = cache.get(personId);
    if (!roles) {
      const person = byId.get(personId);
      roles = person ? registerRolesAt(person.roles, [published]) : [];
      cache.set(personId, roles);
    }
    return roles;
  };
}

/** The lemma of a role noun as a comparison key: lower case, without a prefix before a hyphen ("US-Präsident" → "präsident"). */
function roleKey(lemma: string): string {
  const lower = lemma.toLowerCase();
  return lower.slice(lower.lastIndexOf("-") + 1);
}

/**
 * The role a speaker phrase names, as a comparison key ("Der neue Sprecher der
 * Stadt" → "sprecher", "Die Bürgermeisterin" → "bürgermeisterin"): the first
 * word that is a role noun; null when the phrase names no role ("die
 * Feuerwehr", "Der Kreis Wettau", "der 54-Jährige", "Frau Berg").
 */
export function speakerRole(phrase: string): string | null {
  for (const token of tokenize(phrase)) {
    const role = roleNoun(token);
    if (role?.role) return roleKey(role.role);
  }
  return null;
}

/**
 * Whether a role (as written in the text or the register: "Außenministerin",
 * "Sprecher der Stadt", "Kreml-Sprecher") is the role `key` of a speaker: the same
 * noun in the same gender, or a compound of it ("Außenminister" holds "minister").
 */
export function roleHolds(role: string, key: string): boolean {
  const first = tokenize(role).find((t) => t.word);
  const found = first ? roleNoun(first) : null;
  if (!found?.role) return false;
  const held = roleKey(found.role);
  return held === key || held.endsWith(key);
}

/**
 * The latest mention before the speaker whose person holds the role `key`, by a
 * role the text gives that person anywhere in the article (`mentions`: "Der
 * GdP-Vorsitzende" after "Gewerkschaftschef Konrad Roth", who is called
 * "GdP-Vorsitzender Konrad Roth" later) or by the register; undefined when no
 * one does. `before` and `mentions` are in text order.
 */
export function roleHolder(key: string, before: readonly MentionRow[], mentions: readonly MentionRow[], register: RegisterRoles): MentionRow | undefined {
  const rolesById = new Map<string, string[]>();
  for (const m of mentions) {
    let roles = rolesById.get(m.person_id);
    if (!roles) rolesById.set(m.person_id, (roles = [...register(m.person_id)]));
    if (m.role) roles.push(...m.role.split("; "));
  }
  const holds = new Map<string, boolean>();
  for (let i = before.length - 1; i >= 0; i--) {
    const id = before[i].person_id;
    let yes = holds.get(id);
    if (yes === undefined) holds.set(id, (yes = (rolesById.get(id) ?? register(id)).some((r) => roleHolds(r, key))));
    if (yes) return before[i];
  }
  return undefined;
}
