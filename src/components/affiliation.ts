/** A person's affiliation apart from the words of the article it was read from. */
export interface Affiliation {
  /** The affiliation as such: "USA", "Grüne". */
  name: string;
  /** The words it was read from ("US-", "(Grüne)"); "" when the cell names none (e.g. a register entry). */
  cue: string;
}

/** people.csv's affiliation cell with its provenance: "USA (from “US-”)" (loaders/people/step.ts). */
const WITH_CUE = /^(.*?) \(from [“"](.*)[”"]\)$/s;

/**
 * Splits an affiliation cell into the affiliation and the words it was read
 * from, so a table can show "Grüne" in one column and "(Grüne)" in another:
 * "Grüne (from “(Grüne)”)" → {name: "Grüne", cue: "(Grüne)"}. A cell without
 * a cue is the name as it is.
 */
export function splitAffiliation(cell: string | null | undefined): Affiliation {
  const value = (cell ?? "").trim();
  const match = WITH_CUE.exec(value);
  return match ? {name: match[1], cue: match[2]} : {name: value, cue: ""};
}
