// The keep-alive rule: only someone active since the last request, and only once a third of the idle timeout has passed.
import { describe, expect, it } from "vitest";
import { keepAliveCheckMs, shouldKeepAlive } from "./keepAlive";

const MIN = 60_000;

describe("shouldKeepAlive", () => {
  it("touches the session of someone typing once a third of the idle timeout has passed", () => {
    expect(shouldKeepAlive(10 * MIN + 1, 9 * MIN, 0, 30)).toBe(true);
    expect(shouldKeepAlive(10 * MIN - 1, 9 * MIN, 0, 30)).toBe(false);
  });

  it("leaves an untouched screen alone, so its session ends after the idle timeout", () => {
    expect(shouldKeepAlive(29 * MIN, 0, 1, 30)).toBe(false);
    expect(shouldKeepAlive(29 * MIN, 5 * MIN, 6 * MIN, 30)).toBe(false);
  });

  it("checks often enough for short timeouts, and at most once a minute", () => {
    expect(keepAliveCheckMs(30)).toBe(MIN);
    expect(keepAliveCheckMs(1)).toBe(10_000);
  });
});
