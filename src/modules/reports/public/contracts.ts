// Zod contract of the public report form (/lapor) and of the status page: every value arrives as form text.
import { z } from "zod";
import {
  CONTACT_METHODS,
  INCIDENT_PLACES,
  PERPETRATOR_RELATIONSHIPS,
  REPORT_CATEGORIES,
  REPORTER_RELATIONS,
  SEXES,
  VIOLENCE_TYPES,
} from "../categories.js";
import { cleanTyped } from "../intake/typed-text.js";

/** Longest text a field takes; the chronology is the only long one. */
export const MAX = {
  name: 160,
  phone: 40,
  safeTime: 200,
  disabilityType: 200,
  location: 400,
  perpetrator: 2000,
  chronology: 8000,
};

/** Typed text without invisible control characters or bidi overrides (typed-text.ts), then trimmed; at least `min` long. */
const typed = (max: number, min = 0) => z.string().transform(cleanTyped).pipe(z.string().trim().min(min).max(max));
const optionalText = (max: number) =>
  typed(max)
    .optional()
    .transform((v) => (v ? v : null));
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.literal("")])
    .optional()
    .transform((v) => (v ? v : null));
const optionalCode = (digits: number) =>
  z
    .union([z.string().regex(new RegExp(`^\\d{${digits}}$`)), z.literal("")])
    .optional()
    .transform((v) => (v ? v : null));
const IsoDate = z
  .union([z.iso.date(), z.literal("")])
  .optional()
  .transform((v) => (v ? v : null));

export const PublicReportForm = z.object({
  idempotencyKey: z.string().max(200),
  inDanger: z.enum(["yes", "no"]).transform((v) => v === "yes"),
  category: z.enum(REPORT_CATEGORIES),
  reporterRelation: z.enum(REPORTER_RELATIONS),
  reporterName: optionalText(MAX.name),
  contactMethod: z.enum(CONTACT_METHODS),
  reporterPhone: z
    .union([
      z
        .string()
        .trim()
        .regex(/^\+?[\d\s-]{6,20}$/),
      z.literal(""),
    ])
    .optional()
    .transform((v) => (v ? v : null)),
  safeTime: optionalText(MAX.safeTime),
  victimName: typed(MAX.name, 1),
  victimAge: z
    .union([z.string().regex(/^\d{1,3}$/), z.literal("")])
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .pipe(z.number().int().min(0).max(120).nullable()),
  victimBirthDate: IsoDate,
  victimSex: optionalEnum(SEXES),
  victimDisability: z
    .enum(["yes", "no", ""])
    .optional()
    .transform((v) => (v === "yes" ? true : v === "no" ? false : null)),
  victimDisabilityType: optionalText(MAX.disabilityType),
  provinceCode: z.string().regex(/^\d{2}$/),
  regencyCode: optionalCode(4),
  districtCode: optionalCode(6),
  violenceTypes: z.array(z.enum(VIOLENCE_TYPES)).min(1).max(VIOLENCE_TYPES.length),
  incidentPlace: optionalEnum(INCIDENT_PLACES),
  incidentDate: IsoDate,
  incidentLocation: optionalText(MAX.location),
  chronology: typed(MAX.chronology, 1),
  perpetrator: optionalText(MAX.perpetrator),
  perpetratorRelationship: optionalEnum(PERPETRATOR_RELATIONSHIPS),
});
export type PublicReportFormT = z.output<typeof PublicReportForm>;
export type PublicField = keyof z.input<typeof PublicReportForm> | "evidence";

/** Why a field was refused; each maps to a translated message naming the field. */
export type FieldErrorKind =
  | "required"
  | "invalid"
  | "too_long"
  | "age_range"
  | "future"
  | "age_birth"
  | "category_age"
  | "region"
  | "phone_needed"
  | "evidence_type"
  | "evidence_size"
  | "evidence_count";
export type FieldErrors = Partial<Record<PublicField, FieldErrorKind>>;

/** The fields in the order the form shows them (for the error list at the top). */
export const FIELD_ORDER: PublicField[] = [
  "inDanger",
  "category",
  "reporterRelation",
  "reporterName",
  "contactMethod",
  "reporterPhone",
  "safeTime",
  "victimName",
  "victimAge",
  "victimBirthDate",
  "victimSex",
  "victimDisability",
  "victimDisabilityType",
  "provinceCode",
  "regencyCode",
  "districtCode",
  "violenceTypes",
  "incidentPlace",
  "incidentDate",
  "incidentLocation",
  "chronology",
  "perpetrator",
  "perpetratorRelationship",
  "evidence",
];

export const StatusForm = z.object({
  trackingCode: z.string().max(40),
  pin: z.string().max(20),
});
export const ReplyForm = z.object({
  trackingCode: z.string().max(40),
  proof: z.string().max(200),
  body: typed(4000, 1),
});
