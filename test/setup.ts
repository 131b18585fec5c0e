/**
 * Runs before every test file: the noun dictionary is read the way the CLI
 * reads it (loaders/io/noun-cache.ts), since loaders/ itself reads no files.
 */
import {useNounCache} from "../loaders/io/noun-cache.js";

useNounCache();
