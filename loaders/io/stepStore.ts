import {readFileSync} from "node:fs";
import {join} from "node:path";
import {writeByRename} from "./writeByRename.js";
import type {SavedResult, StepStore} from "../stepMemo.js";
import type {StepState} from "../pipeline.js";

/**
 * The corpus steps' memos (see stepMemo.ts) as one JSON file per step,
 * `<dir>/steps/<step>.json`, in the cache folder of the run key (so a change
 * of data/ or loaders/ starts without them). Each file holds the last key
 * and result; a file that cannot be read counts as none. Writes go to a
 * private file first (writeByRename), so a reader never sees half a memo.
 */
export class JsonStepStore implements StepStore {
  private readonly dir: string;

  /** @param runCacheDir the cache folder of the run key (`ArticleCache.dir`) */
  constructor(runCacheDir: string) {
    this.dir = join(runCacheDir, "steps");
  }

  /** The last memo of `step`, or undefined when there is none or it cannot be read. */
  get(step: string): {key: string; saved: SavedResult} | undefined {
    try {
      const memo = JSON.parse(readFileSync(join(this.dir, `${step}.json`), "utf8")) as {key?: unknown; saved?: SavedResult};
      return typeof memo.key === "string" && memo.saved?.made && memo.saved.rewritten && Array.isArray(memo.saved.values) ? {key: memo.key, saved: memo.saved} : undefined;
    } catch {
      return undefined;
    }
  }

  /** Keeps `saved` as the memo of `step` under `key`, replacing the last one. */
  put(step: string, key: string, saved: SavedResult): void {
    writeByRename(join(this.dir, `${step}.json`), JSON.stringify({key, saved}));
  }

  /** The state `step` keeps between runs, in `<dir>/steps/<step>.state.json`; one that cannot be read counts as none. */
  state(step: string): StepState {
    const path = join(this.dir, `${step}.state.json`);
    return {
      get() {
        try {
          return JSON.parse(readFileSync(path, "utf8")) as unknown;
        } catch {
          return undefined;
        }
      },
      put(value) {
        writeByRename(path, JSON.stringify(value));
      }
    };
  }
}
