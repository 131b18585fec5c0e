/**
 * Role nouns that name one office in other words, for linking a role-noun speaker to the person who holds the role
 * (loaders/quotes/roleSpeakers.ts): "der Regierungschef" after "Ministerpräsident X", "die Staatschefin" of a
 * "Präsidentin". Plain data: each group has an id and its role keys (lower case, singular, one gender per group, as
 * `roleKey` gives them); a key matches another only within a group and only exactly (a compound such as
 * "Ministerpräsident" is not a "Präsident" of the head-of-state group).
 */

/** A group of role keys that name the same office. */
export interface SameOffice {
  readonly id: string;
  readonly keys: readonly string[];
}

export const sameOffices: readonly SameOffice[] = [
  {id: "de.role.same-office.head-of-government", keys: ["regierungschef", "ministerpräsident", "premierminister", "premier", "kanzler", "bundeskanzler"]},
  {id: "de.role.same-office.head-of-government-f", keys: ["regierungschefin", "ministerpräsidentin", "premierministerin", "premierin", "kanzlerin", "bundeskanzlerin"]},
  {id: "de.role.same-office.head-of-state", keys: ["staatschef", "staatsoberhaupt", "präsident", "staatspräsident", "bundespräsident", "emir", "könig", "monarch"]},
  {id: "de.role.same-office.head-of-state-f", keys: ["staatschefin", "präsidentin", "staatspräsidentin", "bundespräsidentin", "königin", "monarchin"]}
];
