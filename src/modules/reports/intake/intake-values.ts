// Turns the intake form into report columns: categorical fields plain, identity sealed with blind indexes.
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import type { MessageKey } from "../../../platform/i18n/translate.js";
import { blindIndex, seal } from "../identity.js";
import { regionProblem } from "../regions/regions.js";
import type { reports } from "../schema.js";
import type { IntakeFieldsT } from "./contracts.js";

type Columns = Partial<typeof reports.$inferInsert>;

/**
 * The latest calendar day anywhere in Indonesia (WIT, UTC+9), as YYYY-MM-DD: a date after it has not happened yet
 * for anyone, so a reporter late in the evening in WIB is never told their today is in the future.
 */
export function latestDay(now = new Date()): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}

/** Age in whole years on a day, from an ISO birth date. */
export function ageOn(birthDate: string, today = new Date()): number {
  const [y, m, d] = birthDate.split("-").map(Number) as [number, number, number];
  let age = today.getUTCFullYear() - y;
  if (today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d)) age--;
  return age;
}

/** The province a form means: the one chosen, else the one its regency/city or district lies in. */
const provinceOf = (f: IntakeFieldsT): string | null =>
  f.provinceCode ?? f.regencyCode?.slice(0, 2) ?? f.districtCode?.slice(0, 2) ?? null;

const REGION_ERRORS = {
  provinceCode: "intake.region_province",
  regencyCode: "intake.region_regency",
  districtCode: "intake.region_district",
} as const;

/**
 * Rules across fields: a walk-in names its post; a birth date or incident date is not in the future; a birth date is at most
 * 120 years back and agrees with the age given beside it; a child is under 18; the
 * regency/city lies in the province and the district in the regency/city (the vendored Kemendagri list).
 */
export function checkIntake(f: IntakeFieldsT): void {
  const fail = (key: MessageKey, path: string) => new AppError(400, key, {}, [{ path, message: "" }]);
  if (f.channel === "walk_in" && !f.postId) throw fail("intake.post_required", "postId");
  if (f.victimBirthDate && f.victimBirthDate > latestDay()) throw fail("intake.birth_date_future", "victimBirthDate");
  if (f.victimBirthDate && ageOn(f.victimBirthDate) > 120) throw fail("intake.birth_date_past", "victimBirthDate");
  // As on /lapor: an age a year off the birth date's is a birthday not yet counted; more is a contradiction.
  if (f.victimBirthDate && f.victimAge !== null && Math.abs(ageOn(f.victimBirthDate) - f.victimAge) > 1) {
    throw fail("intake.age_birth_date", "victimAge");
  }
  if (f.incidentDate && f.incidentDate > latestDay()) throw fail("intake.incident_date_future", "incidentDate");
  const age = f.victimBirthDate ? ageOn(f.victimBirthDate) : f.victimAge;
  if (age !== null && (f.category === "child") !== age < 18) throw fail("intake.category_age", "category");
  const province = provinceOf(f);
  let wrongRegion = province ? regionProblem(province, f.regencyCode, f.districtCode) : null;
  // A province read off the regency/city or district code is that field's fault.
  if (wrongRegion === "provinceCode" && !f.provinceCode) wrongRegion = f.regencyCode ? "regencyCode" : "districtCode";
  if (wrongRegion) throw fail(REGION_ERRORS[wrongRegion], wrongRegion);
}

export function intakeColumns(ctx: Pick<AppContext, "cipher">, f: IntakeFieldsT): Columns {
  const c = ctx.cipher;
  const age = f.victimBirthDate ? ageOn(f.victimBirthDate) : f.victimAge;
  return {
    channel: f.channel,
    postId: f.postId,
    category: f.category,
    inDanger: f.inDanger,
    riskLevel: f.riskLevel,
    reporterRelation: f.reporterRelation,
    reporterNameEnc: seal(c, "reporter_name", f.reporterName),
    reporterPhoneEnc: seal(c, "reporter_phone", f.reporterPhone),
    reporterPhoneBidx: blindIndex(c, "phone", f.reporterPhone),
    contactMethod: f.contactMethod,
    safeTimeEnc: seal(c, "safe_time", f.safeTime),
    victimNameEnc: seal(c, "victim_name", f.victimName),
    victimNameBidx: blindIndex(c, "name", f.victimName),
    victimBirthDateEnc: seal(c, "victim_birth_date", f.victimBirthDate),
    victimBirthDateBidx: blindIndex(c, "birth_date", f.victimBirthDate),
    victimAge: age,
    victimSex: f.victimSex,
    victimDisability: f.victimDisability,
    // Sealed only when filled (seal passes null and "" through), so a public report without it costs no more.
    victimDisabilityTypeEnc: f.victimDisability ? seal(c, "victim_disability_type", f.victimDisabilityType) : null,
    victimNikEnc: seal(c, "victim_nik", f.victimNik),
    victimNikBidx: blindIndex(c, "nik", f.victimNik),
    victimPhoneEnc: seal(c, "victim_phone", f.victimPhone),
    victimPhoneBidx: blindIndex(c, "phone", f.victimPhone),
    victimEducation: f.victimEducation,
    victimOccupation: f.victimOccupation,
    victimMaritalStatus: f.victimMaritalStatus,
    provinceCode: provinceOf(f),
    regencyCode: f.regencyCode,
    districtCode: f.districtCode,
    violenceTypes: f.violenceTypes,
    incidentPlace: f.incidentPlace,
    incidentDate: f.incidentDate,
    incidentLocationEnc: seal(c, "incident_location", f.incidentLocation),
    chronologyEnc: seal(c, "chronology", f.chronology),
    perpetratorEnc: seal(c, "perpetrator", f.perpetrator),
    perpetratorRelationship: f.perpetratorRelationship,
    // Nothing filled in (every public report) is stored as nothing: readDetails reads it as the empty form.
    intakeEnc: Object.values(f.details).some((v) => v) ? seal(c, "intake", JSON.stringify(f.details)) : null,
  };
}
