// The police-report countdown splits the time left (or overdue) into days, hours and minutes.
import { describe, expect, it } from "vitest";
import { timeLeft } from "./policeTime";

describe("timeLeft", () => {
  const due = "2025-03-08T10:00:00Z";
  it("counts down to the deadline", () => {
    expect(timeLeft(due, Date.parse("2025-03-06T04:30:00Z"))).toEqual({ overdue: false, days: 2, hours: 5, minutes: 30 });
  });
  it("counts the time past it", () => {
    expect(timeLeft(due, Date.parse("2025-03-08T13:10:00Z"))).toEqual({ overdue: true, days: 0, hours: 3, minutes: 10 });
  });
});
