// Framework's config and pager modules ship no types: the little test/navigation.test.ts uses.
declare module "@observablehq/framework/dist/config.js" {
  export interface FrameworkPage {
    name: string;
    path: string;
    pager: string | null;
  }
  export function normalizeConfig(spec: object, root?: string): {home: string; title?: string; pages: FrameworkPage[]};
}

declare module "@observablehq/framework/dist/pager.js" {
  import type {FrameworkPage} from "@observablehq/framework/dist/config.js";
  export function findLink(path: string, config: object): {prev?: FrameworkPage; next?: FrameworkPage} | undefined;
}
