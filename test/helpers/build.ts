import {execFileSync} from "node:child_process";
import {existsSync} from "node:fs";

/**
 * Builds the report once per test run into dist/ (npm run build), unless
 * PRESSESPIEGEL_SKIP_BUILD is set and dist/ exists.
 */
export function buildReport(env: Record<string, string> = {}): void {
  if (process.env.PRESSESPIEGEL_SKIP_BUILD && existsSync("dist/index.html")) return;
  execFileSync("npm", ["run", "build", "--silent"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", ...env}
  });
}
