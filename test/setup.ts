/**
 * Runs before every test file: the dictionaries are read the way the CLI reads
 * them (loaders/io/dictionaries.ts), since loaders/ itself reads no files.
 */
import {useDictionaries} from "../loaders/io/dictionaries.js";

useDictionaries();
