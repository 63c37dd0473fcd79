// Overdue means the target day has passed in the unit's calendar while the intervention is still planned or under way.
import { describe, expect, it } from "vitest";
import { dayIn, isOverdue } from "./today.js";

describe("overdue interventions", () => {
  it("the unit's day follows its time zone", () => {
    const lateUtc = new Date("2026-11-25T20:00:00Z");
    expect(dayIn("Asia/Jakarta", lateUtc)).toBe("2026-11-26");
    expect(dayIn("Asia/Jayapura", new Date("2026-11-25T14:59:00Z"))).toBe("2026-11-25");
    expect(dayIn("Asia/Jayapura", new Date("2026-11-25T15:00:00Z"))).toBe("2026-11-26");
  });
  it.each([
    ["2026-11-24", "planned", true],
    ["2026-11-24", "in_progress", true],
    ["2026-11-25", "in_progress", false],
    ["2026-11-24", "done", false],
    ["2026-11-24", "cancelled", false],
    [null, "planned", false],
  ] as const)("target %s, %s -> overdue %s", (target, status, overdue) => {
    expect(isOverdue(target, status, "2026-11-25")).toBe(overdue);
  });
});
