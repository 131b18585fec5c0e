/** Types of cliBundle.mjs (plain JavaScript, so that it runs without tsx). */
import type {FolderOwner} from "./bundleFolders.mjs";
export type CliMain = (options?: {loadedFrom?: string}) => Promise<number>;
/** Where bundles go: the user's cache folder, else a temporary folder, instead of node_modules when that cannot be written. */
export interface BundleWhere {
  tmp?: string;
  cacheHome?: string;
  canWrite?: (dir: string) => boolean;
}
/** What tryBundle and bundledMain take: where bundles go, esbuild, the owner check's stat and uid, the liveness of a marker's process. */
export type BundleOptions = BundleWhere & {importEsbuild?: () => Promise<unknown>; owner?: FolderOwner; alive?: (pid: number) => boolean};
export const STALE_AFTER_MS: number;
export function bundleKey(root: string): string;
export function bundleBase(root: string, options?: BundleWhere): {base: string; fallback: boolean};
export function staleBundles(entries: readonly {name: string; mtimeMs: number; live?: boolean}[], current: string, now: number): string[];
export function tryBundle(root?: string, options?: BundleOptions): Promise<{main: CliMain} | {error: Error}>;
export function bundledMain(root?: string, options?: BundleOptions): Promise<CliMain | undefined>;
export function loadCliMain(options?: {
  root?: string;
  env?: Record<string, string | undefined>;
  importEsbuild?: () => Promise<unknown>;
  importTsx?: () => Promise<unknown>;
  importSources?: () => Promise<unknown>;
}): Promise<{main: CliMain; loadedFrom: string}>;
