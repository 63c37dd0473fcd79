// Zod contracts of the cases API (lists, approval queue, caseloads, a case with its timeline, workflow events, notes, identity).
import { z } from "zod";
import {
  INCIDENT_PLACES,
  PERPETRATOR_RELATIONSHIPS,
  REPORT_CATEGORIES,
  RISK_LEVELS,
  SEXES,
  VIOLENCE_TYPES,
} from "../reports/categories.js";
import { ReportIdentity } from "../reports/intake/contracts.js";
import { CASE_EVENTS, CASE_STATUSES } from "./transitions.js";

const Id = z.uuid();

export const CaseIdParams = z.object({ id: Id });
export const UnitIdParams = z.object({ unitId: Id });

export const CaseListQuery = z.object({
  status: z.enum(CASE_STATUSES).optional(),
  /** Only the cases the user manages. */
  mine: z.enum(["true", "false"]).optional(),
  unitId: Id.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export const UnitFilterQuery = z.object({ unitId: Id.optional() });

const Person = z.object({ id: Id, displayName: z.string() });

export const CaseSummary = z.object({
  id: Id,
  unitId: Id,
  reportId: Id,
  registerNumber: z.string().nullable(),
  /** The complaint's tracking code: what tells cases apart before (or without) a register number. */
  trackingCode: z.string(),
  status: z.enum(CASE_STATUSES),
  category: z.enum(REPORT_CATEGORIES),
  violenceTypes: z.array(z.enum(VIOLENCE_TYPES)),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  inDanger: z.boolean(),
  caseManager: Person.nullable(),
  submittedBy: Person,
  submittedAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
  /** The case is in hand (open or termination requested) and its next review date has passed. */
  reviewOverdue: z.boolean(),
  /** Sexual violence, case not closed: the 3x24 h police report is pending or overdue; null when met, waived or not applicable. */
  policeDeadline: z.enum(["pending", "overdue"]).nullable(),
  /** When that police report is due (set whenever policeDeadline is). */
  policeDueAt: z.string().nullable(),
  /** Interventions past their target day (the unit's calendar), neither done nor cancelled, while the case is in hand. */
  overdueInterventions: z.number(),
});
export const CasePage = z.object({ items: z.array(CaseSummary), total: z.number(), page: z.number(), pageSize: z.number() });

export const CaseManagerLoad = z.object({
  id: Id,
  displayName: z.string(),
  /** Cases in hand: open or with termination pending. */
  activeCases: z.number(),
  highRiskCases: z.number(),
});

export const BoardColumn = z.object({ status: z.enum(CASE_STATUSES), count: z.number(), highRisk: z.number() });
export const CaseBoard = z.object({ columns: z.array(BoardColumn), items: z.array(CaseSummary) });

export const TimelineEntry = z.object({
  id: Id,
  event: z.string(),
  fromStatus: z.enum(CASE_STATUSES).nullable(),
  toStatus: z.enum(CASE_STATUSES),
  actor: Person,
  at: z.string(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  comment: z.string().nullable(),
});

export const CaseDetail = CaseSummary.extend({
  victimAge: z.number().nullable(),
  victimSex: z.enum(SEXES).nullable(),
  regencyCode: z.string().nullable(),
  incidentPlace: z.enum(INCIDENT_PLACES).nullable(),
  perpetratorRelationship: z.enum(PERPETRATOR_RELATIONSHIPS).nullable(),
  approvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  closeReason: z.string().nullable(),
  terminationReason: z.string().nullable(),
  referralPartnerId: Id.nullable(),
  nextReviewAt: z.string().nullable(),
  /** The workflow events this user may send now (the console shows exactly these). */
  allowedEvents: z.array(z.enum(CASE_EVENTS)),
  timeline: z.array(TimelineEntry),
});

export const CaseEventBody = z.object({
  event: z.enum(CASE_EVENTS),
  /** The version the user saw; a stale one is refused with 409. */
  version: z.number().int().min(1),
  caseManagerId: Id.optional(),
  /** A code: REJECTION_REASONS for reject, TERMINATION_REASONS for request_termination; free text for reopen. */
  reason: z.string().trim().min(1).max(1000).optional(),
  comment: z.string().trim().min(1).max(4000).optional(),
  /** reject: the unit's partner agency the complaint is suggested to go to. */
  referralPartnerId: Id.optional(),
});

export const NoteBody = z.object({ content: z.string().trim().min(1).max(8000) });
export const CaseNote = z.object({ id: Id, author: Person, content: z.string(), createdAt: z.string() });

export const CaseIdentity = ReportIdentity;

export type CaseSummaryT = z.infer<typeof CaseSummary>;
export type CaseDetailT = z.infer<typeof CaseDetail>;
export type CasePageT = z.infer<typeof CasePage>;
export type CaseBoardT = z.infer<typeof CaseBoard>;
export type CaseManagerLoadT = z.infer<typeof CaseManagerLoad>;
export type CaseNoteT = z.infer<typeof CaseNote>;
export type TimelineEntryT = z.infer<typeof TimelineEntry>;
export type CaseIdentityT = z.infer<typeof CaseIdentity>;
