// Test projects: unit and integration tests in parallel; end-to-end browser tests one file at a time.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    reporters: ["default", "./test/helpers/summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "test/integration/**/*.test.ts", "test/security/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // expect.poll retries a read of the page until it matches: a screen that is still re-rendering is not a failure.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
