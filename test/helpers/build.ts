import {execFile} from "node:child_process";
import {cpSync, existsSync, rmSync} from "node:fs";
import {promisify} from "node:util";

/**
 * Builds the report into dist/ (npm run build), unless PRESSESPIEGEL_SKIP_BUILD
 * is set and dist/ exists. With `copyTo`, the build is then copied there (the
 * build cannot write elsewhere: `observable build` has no --out), and skipped
 * likewise when that copy exists. Asynchronous, so the test worker stays
 * responsive to vitest while the build runs.
 */
export async function buildReport(env: Record<string, string> = {}, copyTo?: string): Promise<void> {
  const out = copyTo ?? "dist";
  if (process.env.PRESSESPIEGEL_SKIP_BUILD && existsSync(`${out}/index.html`)) return;
  try {
    await promisify(execFile)("npm", ["run", "build", "--silent"], {
      env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", ...env},
      maxBuffer: 64 * 1024 * 1024
    });
  } catch (error) {
    const {stderr} = error as {stderr?: string};
    throw new Error(`npm run build failed:\n${stderr ?? (error as Error).message}`);
  }
  if (copyTo) {
    rmSync(copyTo, {recursive: true, force: true});
    cpSync("dist", copyTo, {recursive: true});
  }
}
