// The register number's shape and its year, taken in the unit's own time zone.
import { describe, expect, it } from "vitest";
import { formatRegisterNumber, normaliseRegisterNumber, yearIn } from "./register-number.js";

describe("register number", () => {
  it("is PPA-<region digits>-<year>-<five-digit sequence>", () => {
    expect(formatRegisterNumber("3509", 2026, 42)).toBe("PPA-3509-2026-00042");
    expect(formatRegisterNumber("35.09", 2026, 1)).toBe("PPA-3509-2026-00001");
    expect(formatRegisterNumber("31", 2027, 123456)).toBe("PPA-31-2027-123456");
  });

  it("reads a number as typed or read aloud: lower case, spaces or nothing for dashes", () => {
    expect(normaliseRegisterNumber(" ppa 3509 2026 00042 ")).toBe("PPA-3509-2026-00042");
    expect(normaliseRegisterNumber("ppa-31-2027-123456")).toBe("PPA-31-2027-123456");
    expect(normaliseRegisterNumber("PPA3509202600042")).toBe("PPA-3509-2026-00042");
    expect(normaliseRegisterNumber("ppa31202700042")).toBe("PPA-31-2027-00042");
    expect(normaliseRegisterNumber("tdh-7kmc-q9xa")).toBe("TDH-7KMC-Q9XA");
  });

  it("counts the year where the unit is: 31 December 15:30 UTC is already next year in WIT, not yet in WIB", () => {
    const at = new Date("2026-12-31T15:30:00Z");
    expect(yearIn("Asia/Jakarta", at)).toBe(2026);
    expect(yearIn("Asia/Makassar", at)).toBe(2026);
    expect(yearIn("Asia/Jayapura", at)).toBe(2027);
  });
});
