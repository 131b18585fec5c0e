import {isAbsolute, relative, resolve, sep} from "node:path";

/**
 * A path the user typed, for this process: npm runs scripts in the package root, so a relative
 * path is taken from where the user ran npm (INIT_CWD). The result is named as `projectPath`
 * names it: relative to the project folder when inside it, absolute otherwise. An absolute path is kept.
 */
export function userPath(path: string, from = process.env.INIT_CWD): string {
  if (isAbsolute(path) || !from) return path;
  return projectPath(resolve(from, path));
}

/**
 * How inputs, outputs and data folders are named in the tables, messages and
 * errors: relative to the project folder (the working folder, where npm runs
 * scripts) when the path lies inside it ("seeds/a.txt"), else absolute
 * ("/home/anna/artikel/a.txt", never "../../anna/artikel/a.txt", which would
 * depend on where the project sits). The same file gets the same name whichever way it was typed.
 */
export function projectPath(path: string, cwd = process.cwd()): string {
  const absolute = resolve(cwd, path);
  const inside = relative(cwd, absolute);
  if (inside === "") return ".";
  return inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside) ? absolute : inside;
}
