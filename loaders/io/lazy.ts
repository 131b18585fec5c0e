import {createRequire} from "node:module";

const require = createRequire(import.meta.url);

/**
 * A module loaded on first use (its CommonJS build, synchronously). Keeps the
 * CLI's start-up short: linkedom, fast-xml-parser, apache-arrow and
 * parquet-wasm take 0.1–0.3 s each to load and many runs need none of them.
 */
export function lazy<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}

/** The YAML parser, loaded at the first YAML text (a re-run whose data/ and inputs are memoized reads none). */
export const yamlLib = lazy<typeof import("yaml")>("yaml");
