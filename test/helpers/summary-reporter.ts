// Prints the closing line CI reads: "N passed, N failed" (a file that failed to load or whose set-up failed counts as failed).
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failedHere++;
        else skipped++;
      }
      // A failing beforeAll skips every test of the file: the file itself counts as one failure.
      failed += failedHere || (module.state() === "failed" ? 1 : 0);
    }
    const note = skipped ? ` (${skipped} skipped)` : "";
    process.stdout.write(`\n${passed} passed, ${failed} failed${note}\n`);
  }
}
