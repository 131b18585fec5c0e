/**
 * Runs before every test file: the noun dictionary is read the way the CLI
 * reads it (loaders/io/noun-cache.ts), since loaders/ itself reads no files.
 */
import {usePackageGivenNames} from "../loaders/io/given-name-cache.js";
import {useNounCache} from "../loaders/io/noun-cache.js";

useNounCache();
usePackageGivenNames();
