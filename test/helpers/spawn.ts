import {spawn} from "node:child_process";

export interface Spawned {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command to its end without blocking the test worker (spawnSync would
 * stall vitest's messages for as long as the command runs).
 */
export function spawnAsync(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {env, stdio: ["ignore", "pipe", "pipe"]});
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => resolve({status, stdout, stderr}));
  });
}
