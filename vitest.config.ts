import {fileURLToPath} from "node:url";
import {defineConfig} from "vitest/config";

const resolve = (name: string) => fileURLToPath(import.meta.resolve(name));

export default defineConfig({
  resolve: {
    // Pages import npm: modules (served by Framework); tests use the installed packages.
    alias: {"npm:@observablehq/plot": resolve("@observablehq/plot"), "npm:d3": resolve("d3"), "npm:htl": resolve("htl")}
  },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 600_000
  }
});
