/**
 * What extractorBundle.ts bundles into one file: runJob with every extractor,
 * and the dictionaries pointed at their cache files (the bundle holds its own
 * copies of the modules that keep them).
 */
import {useDictionaries} from "./dictionaries.js";

useDictionaries();

export {runJob} from "./process.js";
