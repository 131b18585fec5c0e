import {describe, expect, it} from "vitest";
import {givenNameGroup} from "../../../loaders/lang/de/given-name-variants.js";
import {mergeNames, type NameForm, withDiacritics} from "../../../loaders/people/merge.js";

function form(given: string, surname: string, count = 1): NameForm {
  return {key: `~${given}|${surname}`, given, surname, registerId: "", count};
}

/** [name so far, other spelling, canonical name] — made-up names. */
describe("withDiacritics", () => {
  it.each<[string, string, string]>([
    ["Ines Moreira", "Inês Moreira", "Inês Moreira"],
    ["Renee Lacombe", "Renée Lacombe", "Renée Lacombe"],
    ["Lukasz Wrobel", "Łukasz Wróbel", "Łukasz Wróbel"],
    // the accented form stays; a different spelling is no diacritic
    ["Inês Moreira", "Ines Moreira", "Inês Moreira"],
    ["Jana Mueller", "Jana Müller", "Jana Mueller"],
    ["Dmitri Peskow", "Dmitry Peskov", "Dmitri Peskow"]
  ])("%s + %s → %s", (name, other, expected) => expect(withDiacritics(name, other)).toBe(expected));
});

/** A person outside the register is named by the spelling with diacritics, whichever form came first, with the merge evidence kept. */
describe("canonical name of a merged person", () => {
  it.each<[NameForm[], string]>([
    [[form("Ines", "Moreira", 2), form("Inês", "Moreira")], "Inês Moreira"],
    [[form("Inês", "Moreira"), form("Ines", "Moreira", 2)], "Inês Moreira"],
    [[form("Renée", "Lacombe"), form("Renee", "Lacombe")], "Renée Lacombe"]
  ])("%j → %s", (forms, name) => {
    const merged = mergeNames(forms, [], givenNameGroup);
    const identity = merged.get(forms[0].key)!;
    expect(identity.name).toBe(name);
    expect(merged.get(forms[1].key)).toBe(identity);
    expect(identity.evidence.join("; ")).toMatch(/~/);
  });
});
