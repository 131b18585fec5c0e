/**
 * Role nouns that name one office in other words, for linking a role-noun speaker to the person who holds the role
 * (loaders/quotes/roleSpeakers.ts): "der Regierungschef" after "Ministerpräsident X", "die Staatschefin" of a
 * "Präsidentin". Plain data: each group has an id, its generic nouns and the specific offices they cover (role keys:
 * lower case, singular, one gender per group, as `roleKey` gives them). Links run one way: a generic noun names any
 * specific office of its group ("der Regierungschef" is a Premierminister or a Kanzler), a specific office names only
 * itself ("der Kanzler" is no British Premierminister, "der Präsident" no König). A key matches only exactly (a
 * compound such as "Ministerpräsident" is not a "Präsident" of the head-of-state group).
 */

/** A group of role keys for one kind of office: `generic` nouns name any office of `specific` (and each other). */
export interface SameOffice {
  readonly id: string;
  readonly generic: readonly string[];
  readonly specific: readonly string[];
}

/**
 * Offices by kind: heads of government and of state, in each gender. "Premier" is generic for a parliamentary head of
 * government (Premierminister, Ministerpräsident), never for a Kanzler.
 */
export const sameOffices: readonly SameOffice[] = [
  {id: "de.role.same-office.head-of-government", generic: ["regierungschef"], specific: ["ministerpräsident", "premierminister", "premier", "kanzler", "bundeskanzler"]},
  {id: "de.role.same-office.premier", generic: ["premier"], specific: ["premierminister", "ministerpräsident"]},
  {id: "de.role.same-office.head-of-government-f", generic: ["regierungschefin"], specific: ["ministerpräsidentin", "premierministerin", "premierin", "kanzlerin", "bundeskanzlerin"]},
  {id: "de.role.same-office.premier-f", generic: ["premierin"], specific: ["premierministerin", "ministerpräsidentin"]},
  {id: "de.role.same-office.head-of-state", generic: ["staatschef", "staatsoberhaupt"], specific: ["präsident", "staatspräsident", "bundespräsident", "emir", "könig", "monarch"]},
  {id: "de.role.same-office.head-of-state-f", generic: ["staatschefin"], specific: ["präsidentin", "staatspräsidentin", "bundespräsidentin", "königin", "monarchin"]}
];
