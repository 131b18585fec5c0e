/**
 * `npm run refresh`: forget Framework's cached data-loader output, so the next
 * `npm run dev` page load or `npm run build` runs every loader again.
 *
 * Framework re-runs a loader only when the loader file itself changes; edits to
 * loaders/ (the extraction library), data/ (registers, lexicons) or seeds/ do not
 * count. `npm run build` calls this first, so a build always reflects them.
 */
import {rmSync} from "node:fs";
import {join} from "node:path";

const cached = join(import.meta.dirname, "..", "src", ".observablehq", "cache", "data");
rmSync(cached, {recursive: true, force: true});
console.log(`refresh: cleared ${cached}; data loaders will run again`);
