/**
 * Folders of the extract command's bundle (cliBundle.mjs): whether one can be
 * written, the user's cache folder, the check that a fallback folder outside
 * the checkout is private, and the markers `.pid-<pid>` by which a run keeps
 * the bundle it loaded from being removed. Plain JavaScript (runs without tsx).
 */
import {accessSync, constants, existsSync, mkdirSync, rmSync, statSync, writeFileSync} from "node:fs";
import {homedir} from "node:os";
import {dirname, join} from "node:path";

/** The marker a run writes into the bundle it loaded: `.pid-<pid>`. */
const PID_MARKER = /^\.pid-(\d+)$/;

/**
 * Whether `dir`, or the nearest folder above it that exists, can be written.
 * @param {string} dir
 * @returns {boolean}
 */
export function writable(dir) {
  let at = dir;
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  try {
    accessSync(at, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The user's cache folder: `$XDG_CACHE_HOME` when set to an absolute path, else `~/.cache`.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
export function userCacheHome(env = process.env) {
  const xdg = env.XDG_CACHE_HOME;
  return xdg && xdg.startsWith("/") ? xdg : join(homedir(), ".cache");
}

/**
 * Makes the fallback folder `base` and its parent (mode 0700 when made) and
 * checks both: each must be owned by this process's user and writable by
 * nobody else, or another local user could plant code that the launcher
 * imports. Throws, naming the folder, when one is not. No check where
 * `uid` is undefined (no process.getuid, Windows).
 * @param {string} base
 * @param {{stat?: (dir: string) => {uid: number, mode: number}, uid?: number, mkdir?: (dir: string) => void}} [options]
 */
export function ensurePrivateFolder(base, {stat = statSync, uid = process.getuid?.(), mkdir = (dir) => mkdirSync(dir, {recursive: true, mode: 0o700})} = {}) {
  mkdir(base);
  if (uid === undefined) return;
  for (const dir of [dirname(base), base]) {
    const s = stat(dir);
    if (s.uid !== uid) throw new Error(`the bundle folder ${dir} is owned by user ${s.uid}, not by this user (${uid}); not loading code from it`);
    if (s.mode & 0o022) throw new Error(`the bundle folder ${dir} can be written by others (mode ${(s.mode & 0o777).toString(8)}); not loading code from it`);
  }
}

/**
 * Whether process `pid` is running (process.kill(pid, 0): an error EPERM means it runs as another user).
 * @param {number} pid
 * @returns {boolean}
 */
export function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error?.code === "EPERM";
  }
}

/**
 * Whether a bundle folder's `names` hold a marker `.pid-<pid>` of a live process (`alive`).
 * @param {readonly string[]} names the folder's entries
 * @param {(pid: number) => boolean} [alive]
 * @returns {boolean}
 */
export function liveMarker(names, alive = pidAlive) {
  return names.some((name) => {
    const m = PID_MARKER.exec(name);
    return !!m && alive(Number(m[1]));
  });
}

/** Markers this process wrote, removed when it exits. */
const markers = new Set();

/**
 * Writes this process's marker `.pid-<pid>` into bundle `dir` (removed at exit): no build removes a bundle a live run uses.
 * @param {string} dir
 */
export function markInUse(dir) {
  const marker = join(dir, `.pid-${process.pid}`);
  if (markers.has(marker)) return;
  try {
    writeFileSync(marker, "");
  } catch {
    return; // a bundle that cannot be marked is kept by its age alone
  }
  if (markers.size === 0) process.once("exit", () => { for (const m of markers) rmSync(m, {force: true}); });
  markers.add(marker);
}

