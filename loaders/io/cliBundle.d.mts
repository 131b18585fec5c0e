/** Types of cliBundle.mjs (plain JavaScript, so that it runs without tsx). */
export type CliMain = (options?: {loadedFrom?: string}) => Promise<number>;
/** Where bundles go: a temporary folder instead of node_modules when that cannot be written. */
export interface BundleWhere {
  tmp?: string;
  canWrite?: (dir: string) => boolean;
}
export const STALE_AFTER_MS: number;
export function bundleKey(root: string): string;
export function writable(dir: string): boolean;
export function bundleBase(root: string, options?: BundleWhere): {base: string; fallback: boolean};
export function staleBundles(entries: readonly {name: string; mtimeMs: number}[], current: string, now: number): string[];
export function tryBundle(root?: string, options?: BundleWhere & {importEsbuild?: () => Promise<unknown>}): Promise<{main: CliMain} | {error: Error}>;
export function bundledMain(root?: string, options?: BundleWhere & {importEsbuild?: () => Promise<unknown>}): Promise<CliMain | undefined>;
export function loadCliMain(options?: {
  root?: string;
  env?: Record<string, string | undefined>;
  importEsbuild?: () => Promise<unknown>;
  importTsx?: () => Promise<unknown>;
  importSources?: () => Promise<unknown>;
}): Promise<{main: CliMain; loadedFrom: string}>;
