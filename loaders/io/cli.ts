/**
 * `tsx loaders/io/cli.ts --out DIR [options] PATH...`: the extract command
 * run from its TypeScript source (`npm run extract` runs `extract.mjs`, which
 * loads a prebuilt bundle of the same module). See cliMain.ts.
 */
import {main} from "./cliMain.js";

process.exitCode = await main();
