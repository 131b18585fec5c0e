/**
 * The package surname list (loaders/lang/de/package-surnames.ts, `setPackageSurnameSource`): the German
 * last names of @faker-js/faker (MIT), lower-cased, written once to node_modules/.cache/pressespiegel/ and
 * read by every later process and worker in a few ms instead of loading the package's German locale module.
 */
import {createRequire} from "node:module";
import {setPackageSurnameSource} from "../lang/de/package-surnames.js";
import {sortedWords, type SortedWords} from "../text/sorted-forms.js";
import {cachedDerived, derivedCachePath} from "./derived-cache.js";
import {decodeSortedWords, encodeSortedWords} from "./sorted-words-file.js";

const PACKAGE = "@faker-js/faker";
/** The package's German locale module (an ES module, loaded with require as Node >= 20.19 allows). */
const LOCALE = "locale/de";
/** Bump when the derived file's layout or what goes into it changes. */
const FORMAT = 1;

interface FakerLocale {
  faker: {rawDefinitions: {person?: {last_name?: {generic?: readonly string[]}}}};
}

/** The cache file for the installed package: named after its version, the size of its German locale module and the format. */
export function surnameCachePath(): string {
  return derivedCachePath(PACKAGE, LOCALE, FORMAT, "de.surnames");
}

/** The package's German last names, lower-cased and sorted; throws, naming the package, when the list is not where it was. */
export function surnamesFromPackage(): SortedWords {
  const require = createRequire(import.meta.url);
  const locale = require(`${PACKAGE}/${LOCALE}`) as FakerLocale;
  const list = locale.faker.rawDefinitions.person?.last_name?.generic;
  if (!list?.length) throw new Error(`surname cache: ${PACKAGE}/${LOCALE} has no person.last_name.generic list`);
  return sortedWords(new Set(list.map((name) => name.toLowerCase()).filter((name) => !name.includes("\n"))));
}

/** The names from the cache file (loaders/io/sorted-words-file.ts), or from the package (then written to the cache file; a cache that cannot be written is skipped). */
export function cachedSurnames(path = surnameCachePath()): SortedWords {
  return cachedDerived({path, decode: decodeSortedWords, build: surnamesFromPackage, encode: encodeSortedWords, what: "surname cache", source: PACKAGE});
}

const fromCache = (): SortedWords => cachedSurnames();

/** Makes the package surname list load from the cache file (on its first use in this process or worker). Calling it again changes nothing. */
export function usePackageSurnames(): void {
  setPackageSurnameSource(fromCache);
}
