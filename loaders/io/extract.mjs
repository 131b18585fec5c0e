/**
 * `npm run extract -- --out DIR [options] PATH...` (`node loaders/io/extract.mjs`):
 * runs the extract command (cliMain.ts) from its prebuilt bundle, or from its
 * sources under tsx when the bundle cannot be used (see cliBundle.mjs).
 */
import {loadCliMain} from "./cliBundle.mjs";

const {main, loadedFrom} = await loadCliMain();
process.exitCode = await main({loadedFrom});
