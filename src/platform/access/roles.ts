// The roles of DOMAIN.md section 2 and the professions of service providers: shared by server and console.
export const ROLES = [
  "admin",
  "head",
  "supervisor",
  "intake_officer",
  "case_manager",
  "service_provider",
  "dispatcher",
  "data_team",
] as const;
export type Role = (typeof ROLES)[number];

export const PROFESSIONS = ["advokat", "paralegal", "psikolog", "konselor", "pendamping"] as const;
export type Profession = (typeof PROFESSIONS)[number];

/** Indonesia's three time zones (WIB, WITA, WIT). */
export const TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const;
export type TimeZone = (typeof TIME_ZONES)[number];
/** What a time in each zone is written with: "14.05 WIB". */
export const TIME_ZONE_NAMES: Record<string, string> = { "Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT" };

export const UNIT_KINDS = ["province", "regency_city"] as const;

export const PARTNER_KINDS = [
  "police",
  "social_services",
  "lpsk",
  "hospital",
  "puskesmas",
  "legal_aid",
  "religious_leader",
  "call_centre_112",
  "shelter",
  "other",
] as const;
