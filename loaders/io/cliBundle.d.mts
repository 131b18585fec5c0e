/** Types of cliBundle.mjs (plain JavaScript, so that it runs without tsx). */
export type CliMain = (options?: {loadedFrom?: string}) => Promise<number>;
export function bundleKey(root: string): string;
export function bundledMain(root?: string): Promise<CliMain | undefined>;
export function loadCliMain(): Promise<{main: CliMain; loadedFrom: string}>;
