// The background sweeper: drains full batches, runs once more if woken meanwhile, reports a failing step and goes on.
import { describe, expect, it } from "vitest";
import { startSweeper } from "./sweeper.js";

describe("startSweeper", () => {
  it("sweeps at once, keeps going while a step says more may wait, and stops", async () => {
    const left = [20, 20, 3];
    let steps = 0;
    const sweeper = startSweeper(async () => {
      steps++;
      return (left.shift() ?? 0) === 20;
    }, 3600);
    await sweeper.idle();
    expect(steps).toBe(3);
    await sweeper.stop();
    sweeper.wake();
    await sweeper.idle();
    expect(steps).toBe(3);
  });

  it("a wake during a sweep runs one more sweep after it, not a second one beside it", async () => {
    let running = 0;
    let most = 0;
    let steps = 0;
    let release: () => void = () => {};
    const sweeper = startSweeper(async () => {
      running++;
      most = Math.max(most, running);
      steps++;
      if (steps === 1) await new Promise<void>((r) => (release = r));
      running--;
      return false;
    }, 3600);
    sweeper.wake();
    sweeper.wake();
    release();
    await sweeper.idle();
    expect(most).toBe(1);
    expect(steps).toBe(2);
    await sweeper.stop();
  });

  it("a failing step is reported and the next wake sweeps again", async () => {
    const failures: unknown[] = [];
    let calls = 0;
    const sweeper = startSweeper(
      async () => {
        calls++;
        if (calls === 1) throw Object.assign(new Error("connection refused"), { code: "ECONNREFUSED" });
        return false;
      },
      3600,
      (error) => failures.push(error),
    );
    await sweeper.idle();
    expect(failures).toHaveLength(1);
    expect((failures[0] as { code: string }).code).toBe("ECONNREFUSED");
    sweeper.wake();
    await sweeper.idle();
    expect(calls).toBe(2);
    await sweeper.stop();
  });
});
