import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("../", import.meta.url));

/**
 * One run for everything: unit tests, integration tests on a real Neo4j that the global
 * setup starts once, and end-to-end tests in headless Chromium. Integration files share
 * that database, so files run one after another (two cores are all CI has anyway).
 */
export default defineConfig({
  root,
  test: {
    include: ["tests/**/*.test.ts", "client/src/**/*.test.{ts,tsx}"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/dom-cleanup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    reporters: ["default"],
  },
});
