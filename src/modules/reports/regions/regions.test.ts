// The vendored region list: Kemendagri codes without dots that nest province > regency/city > district.
import { describe, expect, it } from "vitest";
import { listDistricts, listProvinces, listRegencies, regionName, regionProblem, regionsNest } from "./regions.js";

describe("regions", () => {
  it("lists the 38 provinces and the regencies and districts under them", () => {
    expect(listProvinces()).toHaveLength(38);
    expect(regionName("35")).toBe("Jawa Timur");
    expect(regionName("31")).toBe("DKI Jakarta");
    expect(regionName("3509")).toBe("Kabupaten Jember");
    expect(listRegencies("35").every((r) => /^35\d{2}$/.test(r.code))).toBe(true);
    expect(listDistricts("3509").length).toBeGreaterThan(20);
    expect(listDistricts("3509").every((r) => /^3509\d{2}$/.test(r.code))).toBe(true);
  });

  it("accepts only codes that exist and nest", () => {
    expect(regionsNest("35", "3509", "350901")).toBe(true);
    expect(regionsNest("35", null, null)).toBe(true);
    expect(regionsNest("35", "3101", null)).toBe(false);
    expect(regionsNest("35", "3509", "351001")).toBe(false);
    expect(regionsNest("99", null, null)).toBe(false);
    expect(regionsNest("35", null, "350901")).toBe(false);
    expect(listRegencies("3'; --")).toEqual([]);
  });

  it("uses the Kemendagri code lengths: province 2, regency/city 4, district 6 digits", () => {
    expect(listProvinces().every((r) => /^\d{2}$/.test(r.code))).toBe(true);
    expect(listProvinces().every((p) => listRegencies(p.code).every((r) => /^\d{4}$/.test(r.code)))).toBe(true);
    expect(regionName("350901")).toBe("Jombang");
    expect(regionName("350902")).toBe("Kencong");
    expect(regionName("3509010")).toBeNull();
    expect(regionsNest("35", "3509", "3509010")).toBe(false);
  });

  it("names the first field that breaks the nesting", () => {
    expect(regionProblem("35", "3509", "350902")).toBeNull();
    expect(regionProblem("35", "3509", null)).toBeNull();
    expect(regionProblem("99", "3509", "350902")).toBe("provinceCode");
    expect(regionProblem("35", "3599", null)).toBe("regencyCode");
    expect(regionProblem("35", "3101", "310101")).toBe("regencyCode");
    expect(regionProblem("35", "3509", "351001")).toBe("districtCode");
    expect(regionProblem("35", "3509", "350999")).toBe("districtCode");
    expect(regionProblem("35", null, "350902")).toBe("districtCode");
  });
});
