import {execFileSync} from "node:child_process";
import {cpSync, existsSync, rmSync} from "node:fs";

/**
 * Builds the report into dist/ (npm run build), unless PRESSESPIEGEL_SKIP_BUILD
 * is set and dist/ exists. With `copyTo`, the build is then copied there (the
 * build cannot write elsewhere: `observable build` has no --out), and skipped
 * likewise when that copy exists.
 */
export function buildReport(env: Record<string, string> = {}, copyTo?: string): void {
  const out = copyTo ?? "dist";
  if (process.env.PRESSESPIEGEL_SKIP_BUILD && existsSync(`${out}/index.html`)) return;
  execFileSync("npm", ["run", "build", "--silent"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", ...env}
  });
  if (copyTo) {
    rmSync(copyTo, {recursive: true, force: true});
    cpSync("dist", copyTo, {recursive: true});
  }
}
