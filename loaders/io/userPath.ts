import {isAbsolute, relative, resolve} from "node:path";

/**
 * A path the user typed, for this process: npm runs scripts in the package root, so a relative
 * path is taken from where the user ran npm (INIT_CWD) and given relative to this process's folder.
 */
export function userPath(path: string, from = process.env.INIT_CWD): string {
  if (isAbsolute(path) || !from) return path;
  return relative(process.cwd(), resolve(from, path)) || ".";
}
