// Calendar days print as the same day in every time zone, in the console's language; today follows the given zone.
import { describe, expect, it } from "vitest";
import { formatDay, todayIn } from "./useFormatDay";

describe("formatDay", () => {
  it("prints the day itself, not an instant shifted by a zone", () => {
    expect(formatDay("2025-03-05", "en")).toBe("5 Mar 2025");
    expect(formatDay("2025-12-31", "id")).toMatch(/^31 Des 2025$/);
    expect(formatDay(null, "id")).toBe("—");
  });
  it("gives today in the unit's zone", () => {
    const late = new Date("2025-03-05T18:30:00Z");
    expect(todayIn("Asia/Jakarta", late)).toBe("2025-03-06");
    expect(todayIn("UTC", late)).toBe("2025-03-05");
  });
});
