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
