// The home widget lists only open interventions, overdue ones first, then the nearest target date.
import { describe, expect, it } from "vitest";
import { openOverdueFirst } from "./openFirst";

describe("openOverdueFirst", () => {
  it("drops done and cancelled, puts overdue first, then the nearest target date", () => {
    const items = [
      { id: "a", status: "planned", overdue: false, targetDate: "2025-05-01" },
      { id: "b", status: "done", overdue: false, targetDate: "2025-01-01" },
      { id: "c", status: "in_progress", overdue: true, targetDate: "2025-03-01" },
      { id: "d", status: "planned", overdue: false, targetDate: "2025-04-01" },
      { id: "e", status: "cancelled", overdue: false, targetDate: null },
    ] as const;
    expect(openOverdueFirst([...items]).map((i) => i.id)).toEqual(["c", "d", "a"]);
  });
});
