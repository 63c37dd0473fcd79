// A case is overdue when its review, its police report (on the clock) or an intervention is late.
import { describe, expect, it } from "vitest";
import { isOverdue, policeState } from "./flags";

const NOW = Date.parse("2026-11-25T10:00:00Z");
const none = { reviewOverdue: false, policeDeadline: null, policeDueAt: null, overdueInterventions: 0 } as const;

describe("case flags", () => {
  it("nothing late: not overdue", () => {
    expect(isOverdue(none, NOW)).toBe(false);
    expect(policeState(none, NOW)).toBeNull();
  });

  it("a pending police report turns overdue once its due time passes on the clock", () => {
    const pending = { ...none, policeDeadline: "pending" as const, policeDueAt: "2026-11-25T12:00:00Z" };
    expect(policeState(pending, NOW)).toBe("pending");
    expect(isOverdue(pending, NOW)).toBe(false);
    expect(policeState(pending, Date.parse("2026-11-25T12:00:01Z"))).toBe("overdue");
    expect(isOverdue(pending, Date.parse("2026-11-25T12:00:01Z"))).toBe(true);
  });

  it("a passed review or an intervention past target makes it overdue", () => {
    expect(isOverdue({ ...none, reviewOverdue: true }, NOW)).toBe(true);
    expect(isOverdue({ ...none, overdueInterventions: 2 }, NOW)).toBe(true);
  });
});
