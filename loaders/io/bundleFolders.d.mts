/** Types of bundleFolders.mjs (plain JavaScript, so that it runs without tsx). */
/** The owner check's stat of a folder and this process's uid (injected by tests). */
export interface FolderOwner {
  stat?: (dir: string) => {uid: number; mode: number};
  uid?: number;
  mkdir?: (dir: string) => void;
}
export function writable(dir: string): boolean;
export function userCacheHome(env?: Record<string, string | undefined>): string;
export function ensurePrivateFolder(base: string, options?: FolderOwner): void;
export function pidAlive(pid: number): boolean;
export function liveMarker(names: readonly string[], alive?: (pid: number) => boolean): boolean;
export function markInUse(dir: string): void;
