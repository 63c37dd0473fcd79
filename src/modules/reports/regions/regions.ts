// Looks up Indonesia's provinces, regencies/cities and districts from the vendored list (codes without dots).
import { DISTRICT_ROWS, PROVINCE_ROWS, REGENCY_ROWS } from "./region-data.js";

export interface Region {
  code: string;
  name: string;
}

function parse(rows: string): Region[] {
  return rows.split("|").map((row) => {
    const at = row.indexOf(":");
    return { code: row.slice(0, at), name: row.slice(at + 1) };
  });
}

const provinces = parse(PROVINCE_ROWS);
const regencies = parse(REGENCY_ROWS);
const districts = parse(DISTRICT_ROWS);
const names = new Map<string, string>([...provinces, ...regencies, ...districts].map((r) => [r.code, r.name]));

export function listProvinces(): Region[] {
  return provinces;
}

/** Regencies/cities of a province (2 digits); empty for an unknown code. */
export function listRegencies(provinceCode: string): Region[] {
  return /^\d{2}$/.test(provinceCode) ? regencies.filter((r) => r.code.startsWith(provinceCode)) : [];
}

/** Districts of a regency/city (4 digits); empty for an unknown code. */
export function listDistricts(regencyCode: string): Region[] {
  return /^\d{4}$/.test(regencyCode) ? districts.filter((r) => r.code.startsWith(regencyCode)) : [];
}

export function regionName(code: string): string | null {
  return names.get(code) ?? null;
}

/** Province, regency and district must exist and nest: the regency in the province, the district in the regency. */
export function regionsNest(province: string, regency: string | null, district: string | null): boolean {
  return regionProblem(province, regency, district) === null;
}

export type RegionField = "provinceCode" | "regencyCode" | "districtCode";

/**
 * The first field that breaks the nesting, or null when all is well: an unknown province, a regency/city that is
 * unknown or outside the province, a district that is unknown, outside the regency/city, or given without one.
 */
export function regionProblem(province: string, regency: string | null, district: string | null): RegionField | null {
  if (province.length !== 2 || !names.has(province)) return "provinceCode";
  if (regency !== null && (regency.length !== 4 || !regency.startsWith(province) || !names.has(regency))) return "regencyCode";
  if (district === null) return null;
  return regency !== null && district.length === 6 && district.startsWith(regency) && names.has(district) ? null : "districtCode";
}
