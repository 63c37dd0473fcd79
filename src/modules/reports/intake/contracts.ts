// Zod contracts of the intake console (queue, report facts, identity, contact, messages, decisions, intake form).
import { z } from "zod";
import { REJECTION_REASONS } from "../../cases/transitions.js";
import {
  CHANNELS,
  CONTACT_METHODS,
  CONTACT_OUTCOMES,
  EDUCATION_LEVELS,
  INCIDENT_PLACES,
  MARITAL_STATUSES,
  NOT_A_CASE_REASONS,
  OCCUPATIONS,
  PERPETRATOR_RELATIONSHIPS,
  REPORT_CATEGORIES,
  REPORT_STATUSES,
  REPORTER_RELATIONS,
  RISK_LEVELS,
  SEXES,
  STAFF_CHANNELS,
  VIOLENCE_TYPES,
} from "../categories.js";
import { EVIDENCE_TYPES } from "../public/evidence-file.js";
import { cleanTyped } from "./typed-text.js";

export * from "../categories.js";
export { EVIDENCE_TYPES } from "../public/evidence-file.js";

const Id = z.uuid();
/** Typed text without invisible control characters (typed-text.ts), then trimmed and measured. */
const text = (max: number) => z.string().transform(cleanTyped).pipe(z.string().trim().min(1).max(max));
const optionalText = (max: number) =>
  z
    .string()
    .transform(cleanTyped)
    .pipe(z.string().trim().max(max))
    .nullish()
    .transform((v) => (v ? v : null));
const IsoDate = z.iso.date();
/** A phone number as people write it: digits, spaces, dashes, dots, brackets, a leading +; at least 6 digits' worth. */
const optionalPhone = z
  .string()
  .trim()
  .regex(/^\+?[\d\s().-]{6,40}$/)
  .nullish()
  .or(z.literal(""))
  .transform((v) => (v ? v : null));
/** Kemendagri region codes without dots: province 2, regency/city 4, district 6 digits (regions/region-data.ts). */
const RegionCode = (digits: 2 | 4 | 6) =>
  z
    .string()
    .trim()
    .regex(new RegExp(`^\\d{${digits}}$`));

export const ReportIdParams = z.object({ id: Id });
/** How an officer tried to reach someone. */
export const ATTEMPT_METHODS = ["phone", "whatsapp", "sms", "email", "visit", "other"] as const;

export const QueueQuery = z.object({
  status: z.enum(REPORT_STATUSES).optional(),
  channel: z.enum(CHANNELS).optional(),
  danger: z.enum(["true", "false"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/** A tracking code or a case's register number as the officer typed it (read over the phone: spaces, lower case). */
export const ReportLookupQuery = z.object({ code: z.string().trim().min(1).max(40) });

export const QueueItem = z.object({
  id: Id,
  unitId: Id,
  trackingCode: z.string(),
  status: z.enum(REPORT_STATUSES),
  channel: z.enum(CHANNELS),
  category: z.enum(REPORT_CATEGORIES),
  inDanger: z.boolean(),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  violenceTypes: z.array(z.enum(VIOLENCE_TYPES)),
  regencyCode: z.string().nullable(),
  /** Replies from the reporter no officer has read yet. */
  unreadReplies: z.number(),
  createdAt: z.string(),
});
export const QueuePage = z.object({
  items: z.array(QueueItem),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

/**
 * What the supervisor decided on a complaint sent for approval (the case's outcome, no case details): pending; approved, with
 * its register number; or rejected, with the reason and the partner agency suggested for referral.
 */
export const CaseDecision = z.object({
  outcome: z.enum(["pending", "approved", "rejected"]),
  registerNumber: z.string().nullable(),
  reason: z.enum(REJECTION_REASONS).nullable(),
  referralPartner: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

export const ReportFacts = QueueItem.extend({
  postId: Id.nullable(),
  provinceCode: z.string().nullable(),
  districtCode: z.string().nullable(),
  incidentPlace: z.enum(INCIDENT_PLACES).nullable(),
  incidentDate: z.string().nullable(),
  perpetratorRelationship: z.enum(PERPETRATOR_RELATIONSHIPS).nullable(),
  reporterRelation: z.enum(REPORTER_RELATIONS),
  contactMethod: z.enum(CONTACT_METHODS),
  victimAge: z.number().nullable(),
  victimSex: z.enum(SEXES).nullable(),
  victimDisability: z.boolean().nullable(),
  duplicateOfId: Id.nullable(),
  closeReason: z.enum(NOT_A_CASE_REASONS).nullable(),
  version: z.number(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  counts: z.object({ messages: z.number(), attempts: z.number(), evidence: z.number() }),
  /** Whether the intake form has everything submitting for approval requires. */
  missingForSubmit: z.array(z.string()),
  /** Null until the complaint is sent for approval. */
  caseDecision: CaseDecision.nullable(),
});

/** The rest of the SAPA intake form, sealed as one JSON value (reports.intake_enc). */
export const IntakeDetails = z.object({
  victimAddressKtp: optionalText(400),
  victimAddressDomicile: optionalText(400),
  reporterAddress: optionalText(400),
  conditionPhysical: optionalText(4000),
  conditionPsychological: optionalText(4000),
  conditionSocial: optionalText(4000),
  conditionSpiritual: optionalText(4000),
  needs: optionalText(4000),
  expectations: optionalText(4000),
});

/** The intake form's details with nothing filled in (every public report's, and a walk-in's that leaves them out). */
export const EMPTY_DETAILS: z.output<typeof IntakeDetails> = {
  victimAddressKtp: null,
  victimAddressDomicile: null,
  reporterAddress: null,
  conditionPhysical: null,
  conditionPsychological: null,
  conditionSocial: null,
  conditionSpiritual: null,
  needs: null,
  expectations: null,
};

/** Identity and narrative fields, revealed only through the audited endpoint. */
export const ReportIdentity = z.object({
  reporterName: z.string().nullable(),
  reporterPhone: z.string().nullable(),
  safeTime: z.string().nullable(),
  victimName: z.string(),
  victimBirthDate: z.string().nullable(),
  victimNik: z.string().nullable(),
  victimPhone: z.string().nullable(),
  victimDisabilityType: z.string().nullable(),
  victimEducation: z.enum(EDUCATION_LEVELS).nullable(),
  victimOccupation: z.enum(OCCUPATIONS).nullable(),
  victimMaritalStatus: z.enum(MARITAL_STATUSES).nullable(),
  incidentLocation: z.string().nullable(),
  chronology: z.string(),
  perpetrator: z.string().nullable(),
  closeNote: z.string().nullable(),
  details: IntakeDetails,
});

export const ContactAttemptBody = z.object({
  method: z.enum(ATTEMPT_METHODS),
  outcome: z.enum(CONTACT_OUTCOMES),
  note: optionalText(2000),
});
export const ContactAttempt = z.object({
  id: Id,
  method: z.enum(ATTEMPT_METHODS),
  outcome: z.enum(CONTACT_OUTCOMES),
  note: z.string().nullable(),
  actorId: Id,
  actorName: z.string().nullable(),
  createdAt: z.string(),
});

/** An evidence file of a complaint, from its reporter or an officer (its name as sent; the bytes come from its own download). */
export const EvidenceParams = z.object({ id: Id, evidenceId: Id });
export const EvidenceItem = z.object({
  id: Id,
  fileName: z.string(),
  mimeType: z.enum(EVIDENCE_TYPES),
  sizeBytes: z.number().int(),
  /** The officer who attached it; null when the reporter sent it (with the report or a reply). */
  uploadedByName: z.string().nullable(),
  /** The caller may withdraw it now: a file an officer attached (they themselves, or a supervisor), the complaint open. */
  withdrawable: z.boolean(),
  createdAt: z.string(),
});

/**
 * Open complaints, which the intake queue shows unless filtered: new, in intake, or with the supervisor. A complaint
 * keeps the status awaiting_approval once its case is decided, so the queue counts it only while its case still waits.
 */
export const OPEN_REPORT_STATUSES = ["received", "in_intake", "awaiting_approval"] as const;
/**
 * While a complaint is with intake or its supervisor, officers may attach files and take back their own: not once closed as
 * a duplicate or not a case, nor once the supervisor has decided its case (the complaint keeps the status
 * awaiting_approval; its files are then the case's evidence). `caseOutcome` is ReportFacts' caseDecision outcome.
 */
export function evidenceOpen(status: string, caseOutcome: CaseDecisionT["outcome"] | null | undefined): boolean {
  if (status === "received" || status === "in_intake") return true;
  return status === "awaiting_approval" && (caseOutcome ?? "pending") === "pending";
}
/**
 * A file an officer attaches (a scanned letter, a photo sent over WhatsApp): its name and its bytes as base64. Its type
 * is read from its first bytes; its size is limited by TEDUH_EVIDENCE_MAX_BYTES (the route's body limit follows it).
 */
export const EvidenceUploadBody = z.object({
  fileName: text(200),
  contentBase64: z
    .string()
    .min(4)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/),
});

/**
 * Why an officer's file is taken back: it belongs to another complaint (someone else's photo or letter: it must not stay
 * where this complaint's officers and case team can open it), the wrong file or page, a second copy, or unreadable.
 */
export const EVIDENCE_WITHDRAW_REASONS = ["other_complaint", "wrong_file", "duplicate_copy", "unreadable"] as const;
export const EvidenceWithdrawBody = z.object({ reason: z.enum(EVIDENCE_WITHDRAW_REASONS) });

export const MessageBody = z.object({ body: text(4000) });
export const ReportMessage = z.object({
  id: Id,
  direction: z.enum(["to_reporter", "from_reporter"]),
  body: z.string(),
  authorName: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});

/** The original: one of the possible duplicates shown (its id), or a code the officer types (tracking or register number). */
export const DuplicateBody = z.object({
  duplicateOfId: Id.optional(),
  duplicateOfCode: z.string().trim().min(1).max(40).optional(),
  version: z.number().int().optional(),
});
export const NotACaseBody = z.object({
  reason: z.enum(NOT_A_CASE_REASONS),
  note: optionalText(2000),
  version: z.number().int().optional(),
});
export const VersionBody = z.object({ version: z.number().int().optional() });
export const RiskBody = z.object({ riskLevel: z.enum(RISK_LEVELS), version: z.number().int().optional() });

export const DUPLICATE_REASONS = ["phone", "nik", "name_birth_date", "similar_name"] as const;
export const DuplicateCandidate = z.object({
  id: Id,
  trackingCode: z.string(),
  status: z.enum(REPORT_STATUSES),
  channel: z.enum(CHANNELS),
  createdAt: z.string(),
  reasons: z.array(z.enum(DUPLICATE_REASONS)),
});

/** The intake form (Formulir Penerimaan Pengaduan): create from another channel, or edit an accepted complaint. */
export const IntakeFields = z.object({
  channel: z.enum(STAFF_CHANNELS as unknown as [string, ...string[]]),
  postId: Id.nullish().transform((v) => v ?? null),
  category: z.enum(REPORT_CATEGORIES),
  inDanger: z.boolean().default(false),
  riskLevel: z
    .enum(RISK_LEVELS)
    .nullish()
    .transform((v) => v ?? null),
  reporterRelation: z.enum(REPORTER_RELATIONS),
  reporterName: optionalText(160),
  reporterPhone: optionalPhone,
  contactMethod: z.enum(CONTACT_METHODS).default("none"),
  safeTime: optionalText(200),
  victimName: text(160),
  /** 16 digits; spaces as people group them when they copy it off the card are dropped. */
  victimNik: z
    .string()
    .transform((v) => v.replace(/\s/g, ""))
    .pipe(z.string().regex(/^(\d{16})?$/))
    .nullish()
    .transform((v) => v || null),
  victimBirthDate: IsoDate.nullish()
    .or(z.literal(""))
    .transform((v) => v || null),
  victimAge: z
    .number()
    .int()
    .min(0)
    .max(120)
    .nullish()
    .transform((v) => v ?? null),
  victimSex: z
    .enum(SEXES)
    .nullish()
    .transform((v) => v ?? null),
  victimPhone: optionalPhone,
  victimDisability: z.boolean().default(false),
  victimDisabilityType: optionalText(200),
  victimEducation: z
    .enum(EDUCATION_LEVELS)
    .nullish()
    .transform((v) => v ?? null),
  victimOccupation: z
    .enum(OCCUPATIONS)
    .nullish()
    .transform((v) => v ?? null),
  victimMaritalStatus: z
    .enum(MARITAL_STATUSES)
    .nullish()
    .transform((v) => v ?? null),
  provinceCode: RegionCode(2)
    .nullish()
    .transform((v) => v ?? null),
  regencyCode: RegionCode(4)
    .nullish()
    .transform((v) => v ?? null),
  districtCode: RegionCode(6)
    .nullish()
    .transform((v) => v ?? null),
  violenceTypes: z.array(z.enum(VIOLENCE_TYPES)).min(1).max(VIOLENCE_TYPES.length),
  incidentPlace: z
    .enum(INCIDENT_PLACES)
    .nullish()
    .transform((v) => v ?? null),
  incidentDate: IsoDate.nullish()
    .or(z.literal(""))
    .transform((v) => v || null),
  incidentLocation: optionalText(400),
  chronology: text(20_000),
  perpetrator: optionalText(2000),
  perpetratorRelationship: z
    .enum(PERPETRATOR_RELATIONSHIPS)
    .nullish()
    .transform((v) => v ?? null),
  details: IntakeDetails.default(() => ({ ...EMPTY_DETAILS })),
});
/**
 * A new complaint; `formKey` is made once per opened form, so that saving it again after an answer lost on the way (the
 * complaint was stored, the officer saw a network error) gives back that complaint instead of storing a second one.
 */
export const IntakeCreateBody = IntakeFields.extend({ unitId: Id, formKey: Id.optional() });
/** An edit: a public report keeps its own channel (web, panic button), so any channel is accepted and checked by the operation. */
export const IntakeUpdateBody = IntakeFields.extend({ channel: z.enum(CHANNELS), version: z.number().int().min(1) });

export type QueueItemT = z.infer<typeof QueueItem>;
export type QueuePageT = z.infer<typeof QueuePage>;
export type ReportFactsT = z.infer<typeof ReportFacts>;
export type CaseDecisionT = z.infer<typeof CaseDecision>;
export type ReportIdentityT = z.infer<typeof ReportIdentity>;
export type EvidenceItemT = z.infer<typeof EvidenceItem>;
export type ContactAttemptT = z.infer<typeof ContactAttempt>;
export type ReportMessageT = z.infer<typeof ReportMessage>;
export type DuplicateCandidateT = z.infer<typeof DuplicateCandidate>;
export type IntakeFieldsT = z.output<typeof IntakeFields>;
export type IntakeDetailsT = z.output<typeof IntakeDetails>;
