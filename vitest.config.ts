import {fileURLToPath} from "node:url";
import {defineConfig} from "vitest/config";

const resolve = (name: string) => fileURLToPath(import.meta.resolve(name));

export default defineConfig({
  resolve: {
    // Pages import npm: modules (served by Framework); tests use the installed packages.
    // chrono-node's locales are subpath pattern exports ("./*"), which vite does not resolve: Node's resolution here.
    alias: {"npm:@observablehq/plot": resolve("@observablehq/plot"), "npm:d3": resolve("d3"), "npm:htl": resolve("htl"), "chrono-node/de": resolve("chrono-node/de")}
  },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 600_000
  }
});
