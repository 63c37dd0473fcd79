// Times are shown in the unit's zone with WIB/WITA/WIT, and local input maps to the right offset.
import { describe, expect, it } from "vitest";
import { formatDateTime, zonedLocalToIso } from "./datetime";

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
