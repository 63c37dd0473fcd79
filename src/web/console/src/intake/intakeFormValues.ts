// The intake form's values (strings for inputs), their conversion to the API body, and back from a complaint.
import type { ReportFactsT, ReportIdentityT } from "../contracts";
import { orNull } from "../lib/forms";

export const DETAIL_KEYS = [
  "victimAddressKtp",
  "victimAddressDomicile",
  "reporterAddress",
  "conditionPhysical",
  "conditionPsychological",
  "conditionSocial",
  "conditionSpiritual",
  "needs",
  "expectations",
] as const;

export type Values = {
  unitId: string;
  channel: string;
  postId: string;
  category: string;
  inDanger: boolean;
  riskLevel: string;
  reporterRelation: string;
  reporterName: string;
  reporterPhone: string;
  contactMethod: string;
  safeTime: string;
  victimName: string;
  victimNik: string;
  victimBirthDate: string;
  victimAge: string;
  victimSex: string;
  victimPhone: string;
  victimDisability: boolean;
  victimDisabilityType: string;
  victimEducation: string;
  victimOccupation: string;
  victimMaritalStatus: string;
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  violenceTypes: string[];
  incidentPlace: string;
  incidentDate: string;
  incidentLocation: string;
  chronology: string;
  perpetrator: string;
  perpetratorRelationship: string;
  details: Record<(typeof DETAIL_KEYS)[number], string>;
};

const emptyDetails = () => Object.fromEntries(DETAIL_KEYS.map((k) => [k, ""])) as Values["details"];

export const emptyValues = (unitId: string): Values => ({
  unitId,
  // The required choices start empty: a complaint holds only answers the officer chose.
  channel: "",
  postId: "",
  category: "",
  inDanger: false,
  riskLevel: "",
  reporterRelation: "",
  reporterName: "",
  reporterPhone: "",
  contactMethod: "",
  safeTime: "",
  victimName: "",
  victimNik: "",
  victimBirthDate: "",
  victimAge: "",
  victimSex: "",
  victimPhone: "",
  victimDisability: false,
  victimDisabilityType: "",
  victimEducation: "",
  victimOccupation: "",
  victimMaritalStatus: "",
  provinceCode: "",
  regencyCode: "",
  districtCode: "",
  violenceTypes: [],
  incidentPlace: "",
  incidentDate: "",
  incidentLocation: "",
  chronology: "",
  perpetrator: "",
  perpetratorRelationship: "",
  details: emptyDetails(),
});

/** The API body (IntakeFields) from the form; empty strings become null. */
export function toBody(v: Values) {
  const age = v.victimAge.trim() === "" ? null : Number(v.victimAge);
  return {
    channel: v.channel,
    postId: v.channel === "walk_in" ? v.postId || null : null,
    category: v.category,
    inDanger: v.inDanger,
    riskLevel: v.riskLevel || null,
    reporterRelation: v.reporterRelation,
    reporterName: orNull(v.reporterName),
    reporterPhone: orNull(v.reporterPhone),
    contactMethod: v.contactMethod,
    safeTime: orNull(v.safeTime),
    victimName: v.victimName.trim(),
    victimNik: orNull(v.victimNik),
    victimBirthDate: v.victimBirthDate || null,
    victimAge: age,
    victimSex: v.victimSex || null,
    victimPhone: orNull(v.victimPhone),
    victimDisability: v.victimDisability,
    victimDisabilityType: v.victimDisability ? orNull(v.victimDisabilityType) : null,
    victimEducation: v.victimEducation || null,
    victimOccupation: v.victimOccupation || null,
    victimMaritalStatus: v.victimMaritalStatus || null,
    provinceCode: orNull(v.provinceCode),
    regencyCode: orNull(v.regencyCode),
    districtCode: orNull(v.districtCode),
    violenceTypes: v.violenceTypes,
    incidentPlace: v.incidentPlace || null,
    incidentDate: v.incidentDate || null,
    incidentLocation: orNull(v.incidentLocation),
    chronology: v.chronology.trim(),
    perpetrator: orNull(v.perpetrator),
    perpetratorRelationship: v.perpetratorRelationship || null,
    details: Object.fromEntries(DETAIL_KEYS.map((k) => [k, orNull(v.details[k])])),
  };
}

/** Whole years from an ISO birth date to the officer's today; null for no date, or one giving no age from 0 to 120. */
export function ageFrom(birthDate: string, today = new Date()): number | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!parts) return null;
  const [y, m, d] = parts.slice(1).map(Number) as [number, number, number];
  const month = today.getMonth() + 1;
  const age = today.getFullYear() - y - (month < m || (month === m && today.getDate() < d) ? 1 : 0);
  return age >= 0 && age <= 120 ? age : null;
}

/** The form filled from a complaint's facts and its (audited) identity; the age is today's, from the birth date if known. */
export function fromReport(r: ReportFactsT, id: ReportIdentityT): Values {
  const s = (x: string | number | null | undefined) => (x === null || x === undefined ? "" : String(x));
  return {
    unitId: r.unitId,
    channel: r.channel,
    postId: s(r.postId),
    category: r.category,
    inDanger: r.inDanger,
    riskLevel: s(r.riskLevel),
    reporterRelation: r.reporterRelation,
    reporterName: s(id.reporterName),
    reporterPhone: s(id.reporterPhone),
    contactMethod: r.contactMethod,
    safeTime: s(id.safeTime),
    victimName: id.victimName,
    victimNik: s(id.victimNik),
    victimBirthDate: s(id.victimBirthDate),
    victimAge: s((id.victimBirthDate ? ageFrom(id.victimBirthDate) : null) ?? r.victimAge),
    victimSex: s(r.victimSex),
    victimPhone: s(id.victimPhone),
    victimDisability: Boolean(r.victimDisability),
    victimDisabilityType: s(id.victimDisabilityType),
    victimEducation: s(id.victimEducation),
    victimOccupation: s(id.victimOccupation),
    victimMaritalStatus: s(id.victimMaritalStatus),
    provinceCode: s(r.provinceCode),
    regencyCode: s(r.regencyCode),
    districtCode: s(r.districtCode),
    violenceTypes: [...r.violenceTypes],
    incidentPlace: s(r.incidentPlace),
    incidentDate: s(r.incidentDate),
    incidentLocation: s(id.incidentLocation),
    chronology: id.chronology,
    perpetrator: s(id.perpetrator),
    perpetratorRelationship: s(r.perpetratorRelationship),
    details: Object.fromEntries(DETAIL_KEYS.map((k) => [k, s(id.details[k])])) as Values["details"],
  };
}
