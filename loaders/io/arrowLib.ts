import {createRequire} from "node:module";

/**
 * apache-arrow, loaded from the package's one-file build (`Arrow.esnext.min.js`,
 * the same version and code as its module build). Its module build is about a
 * hundred files, each resolved and loaded through tsx's hooks: about 170 ms at
 * start-up against 20 ms for the one file, which matters for a re-run of
 * `extract` that takes two seconds. Every module that builds or reads Arrow
 * data takes the classes from here, so `instanceof` checks see one copy.
 */
export const arrow = createRequire(import.meta.url)("apache-arrow/Arrow.esnext.min") as typeof import("apache-arrow");
