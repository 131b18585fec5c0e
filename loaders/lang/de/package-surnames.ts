import {LazySource} from "../../text/lazy-source.js";
import {SortedForms, type SortedWords} from "../../text/sorted-forms.js";

/**
 * German family names of a package's list (lower-cased), kept as one sorted string searched by halves.
 * This module reads no files: loaders/io/surname-cache.ts sets where the names come from (the German
 * last-name list of @faker-js/faker, MIT), derived once into a cache file.
 *
 * Many of these names are also common nouns ("Fischer", "Koch", "Schuster", "Kraft"); the list is read only
 * by the veto initial-adjective (loaders/people/mention-vetoes.ts: an adjective that is also such a name stays),
 * never as a list of names that stand alone.
 */
const names = new LazySource<SortedWords, SortedForms>(
  "package surnames: no source set; call useDictionaries() from loaders/io/dictionaries.ts first",
  SortedForms.of
);

/** Where the package surname list is read from on first use; without a source its first use throws. A new source forgets a list already read. */
export function setPackageSurnameSource(load: () => SortedWords): void {
  names.set(load);
}

/** The package's German family names, lower-cased. */
export function packageSurnames(): SortedForms {
  return names.get();
}
