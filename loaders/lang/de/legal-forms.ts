/**
 * Legal forms written after an organisation's name ("Bürgerverein Altstadt e. V.", "Meier GmbH", "Nordbank AG"), as the tokens the
 * quote tokenizer gives them (case-sensitive; a dot is a token of its own): they belong to the name, so that a speaker phrase runs over
 * them and the "e" of "e. V." is never read as the verb after the phrase (quotes/phrase.ts). Longest first.
 */
export const legalForms: readonly (readonly string[])[] = [
  ["GmbH", "&", "Co", ".", "KG"], ["e", ".", "V", "."], ["e", ".", "G", "."], ["e", ".", "V"], ["e", ".", "G"], ["e.V", "."],
  ["gGmbH"], ["GmbH"], ["mbH"], ["AG"], ["SE"], ["KG"], ["KGaA"], ["eG"], ["eV"], ["UG"], ["OHG"], ["GbR"]
];

/** The index of the last token of a legal form at tokens[j] (`legalForms`), or -1. */
export function legalFormEnd(texts: (k: number) => string | undefined, j: number): number {
  for (const form of legalForms) if (form.every((w, k) => texts(j + k) === w)) return j + form.length - 1;
  return -1;
}
