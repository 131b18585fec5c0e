/**
 * The package given-name list (loaders/lang/de/given-names.ts, `setPackageGivenNameSource`):
 * the German, French, Spanish and Italian first names of the gender-detection-from-name
 * package (MIT), lower-cased, written once to node_modules/.cache/pressespiegel/ and read by
 * every later process and worker in a few ms instead of compiling the package's 1.3 MB of
 * JavaScript maps. Its English list is left out: it holds too many words (Bay, Royal, Sky).
 */
import {createRequire} from "node:module";
import {setPackageGivenNameSource} from "../lang/de/given-names.js";
import {sortedWords, type SortedWords} from "../text/sorted-forms.js";
import {cachedDerived, derivedCachePath} from "./derived-cache.js";
import {decodeSortedWords, encodeSortedWords} from "./sorted-words-file.js";

const PACKAGE = "gender-detection-from-name";
/** The package's lists read: German, French, Spanish, Italian. */
const LANGUAGES = ["de", "fr", "es", "it"] as const;
/** Bump when the derived file's layout or what goes into it changes. */
const FORMAT = 2;

/** The cache file for the installed package: named, like the other derived caches, after its version, the size of its German list, the languages read and the format. */
export function givenNameCachePath(): string {
  return derivedCachePath(PACKAGE, "names/de.js", FORMAT, `${LANGUAGES.join("")}.names`);
}

/** The package's names in the chosen languages, lower-cased and sorted: Latin-1 ones joined in `narrow`, others in `wide`. */
export function givenNamesFromPackage(): SortedWords {
  const require = createRequire(import.meta.url);
  const names = new Set<string>();
  for (const language of LANGUAGES) {
    const path = require.resolve(`${PACKAGE}/names/${language}.js`);
    for (const name of (require(path) as Map<string, string>).keys()) if (!name.includes("\n")) names.add(name.toLowerCase());
    // the module's map is not needed once its names are read
    delete require.cache[path];
  }
  return sortedWords(names);
}

/** The names from the cache file (loaders/io/sorted-words-file.ts), or from the package (then written to the cache file; a cache that cannot be written is skipped). */
export function cachedGivenNames(path = givenNameCachePath()): SortedWords {
  return cachedDerived({path, decode: decodeSortedWords, build: givenNamesFromPackage, encode: encodeSortedWords, what: "given-name cache", source: PACKAGE});
}

const fromCache = (): SortedWords => cachedGivenNames();

/** Makes the package given-name list load from the cache file (on its first use in this process or worker). Calling it again changes nothing. */
export function usePackageGivenNames(): void {
  setPackageGivenNameSource(fromCache);
}
