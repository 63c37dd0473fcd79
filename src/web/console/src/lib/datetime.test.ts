// Times are shown in the unit's zone with WIB/WITA/WIT, and local input maps to the right offset.
import { describe, expect, it } from "vitest";
import { formatDateTime, isoToZonedLocal, zonedLocalToIso } from "./datetime";

describe("formatDateTime", () => {
  it("shows a UTC instant in Jakarta time with WIB", () => {
    expect(formatDateTime("2025-03-05T07:30:00Z", "Asia/Jakarta", "id")).toMatch(/14[.:]30 WIB$/);
  });
  it("shows the same instant in Makassar time with WITA and Jayapura time with WIT", () => {
    expect(formatDateTime("2025-03-05T07:30:00Z", "Asia/Makassar", "en")).toMatch(/15:30 WITA$/);
    expect(formatDateTime("2025-03-05T07:30:00Z", "Asia/Jayapura", "en")).toMatch(/16:30 WIT$/);
  });
  it("returns an empty string for a missing date", () => {
    expect(formatDateTime(null, "Asia/Jakarta", "id")).toBe("");
  });
});

describe("zonedLocalToIso", () => {
  it("adds the zone's fixed offset", () => {
    expect(zonedLocalToIso("2025-03-05T14:30", "Asia/Makassar")).toBe("2025-03-05T14:30:00+08:00");
  });
});

describe("isoToZonedLocal", () => {
  it("gives the local date-time an input holds, in the unit's zone, to the minute", () => {
    expect(isoToZonedLocal(new Date("2025-03-05T07:30:59.900Z"), "Asia/Jakarta")).toBe("2025-03-05T14:30");
    expect(isoToZonedLocal(new Date("2025-03-05T20:15:00Z"), "Asia/Jayapura")).toBe("2025-03-06T05:15");
  });
  it("is the inverse of zonedLocalToIso", () => {
    const local = isoToZonedLocal(new Date("2025-12-31T23:59:00Z"), "Asia/Makassar");
    expect(new Date(zonedLocalToIso(local, "Asia/Makassar")).toISOString()).toBe("2025-12-31T23:59:00.000Z");
  });
});
