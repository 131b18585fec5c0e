import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {type Config, type ConfigFiles, parseConfig} from "../config.js";
import {useDictionaries} from "./dictionaries.js";
import {memoYaml} from "./yamlMemo.js";

/** Reads every .yaml file of the data folder. */
export function readConfigFiles(dir: string): ConfigFiles {
  const files: ConfigFiles = {};
  if (!existsSync(dir)) throw new Error(`data folder not found: ${dir}`);
  for (const name of readdirSync(dir).sort()) if (/\.ya?ml$/.test(name)) files[name] = readFileSync(join(dir, name), "utf8");
  return files;
}

/**
 * Reads and parses the data folder (each file's YAML parsed once per text, see
 * yamlMemo.ts), and points the language data read from
 * packages (nouns, Konjunktiv verb forms, package given names) at their derived cache files, read on first use.
 */
export function loadConfig(dir: string): Config {
  useDictionaries();
  return parseConfig(readConfigFiles(dir), memoYaml(), dir);
}
