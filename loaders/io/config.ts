import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {type Config, type ConfigFiles, parseConfig} from "../config.js";
import {usePackageGivenNames} from "./given-name-cache.js";
import {useNounCache} from "./noun-cache.js";

/** Reads every .yaml file of the data folder. */
export function readConfigFiles(dir: string): ConfigFiles {
  const files: ConfigFiles = {};
  if (!existsSync(dir)) throw new Error(`data folder not found: ${dir}`);
  for (const name of readdirSync(dir).sort()) if (/\.ya?ml$/.test(name)) files[name] = readFileSync(join(dir, name), "utf8");
  return files;
}

/**
 * Reads and parses the data folder, and points the language data read from
 * packages (the noun dictionary, the package given-name list) at their derived cache files, read on first use.
 */
export function loadConfig(dir: string): Config {
  useNounCache();
  usePackageGivenNames();
  return parseConfig(readConfigFiles(dir));
}
