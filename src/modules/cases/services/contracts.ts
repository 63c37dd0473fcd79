// Zod contracts of case services: assessments, the service plan, interventions and their sessions, monitoring, the police-report deadline.
import { z } from "zod";
import { PROFESSIONS } from "../../../platform/access/roles.js";
import { RISK_LEVELS } from "../../reports/categories.js";
import { CASE_STATUSES } from "../transitions.js";
import { AttachmentInfo } from "./attachment-contracts.js";
import { INTERVENTION_STATUSES, PLAN_AGREED_VIA, SERVICE_TYPES } from "./service-types.js";

const Id = z.uuid();
/** A calendar day within what the database and the work can hold. */
const Day = z.iso.date().refine((d) => d >= "1900-01-01" && d <= "2199-12-31");
const Text = (max: number) => z.string().trim().min(1).max(max);
const Version = z.number().int().min(1);
const Person = z.object({ id: Id, displayName: z.string() });

export const AssessmentIdParams = z.object({ id: Id });
export const InterventionIdParams = z.object({ id: Id });

/** The sections of the biopsychosocial assessment; each free text, sealed at rest. */
export const AssessmentSections = z.object({
  physicalHealth: Text(8000).nullish(),
  psychological: Text(8000).nullish(),
  socialFamily: Text(8000).nullish(),
  legal: Text(8000).nullish(),
  spiritual: Text(8000).nullish(),
  safetyRisk: Text(8000).nullish(),
  needsExpectations: Text(8000).nullish(),
});
const SectionsOut = z.object({
  physicalHealth: z.string().nullable(),
  psychological: z.string().nullable(),
  socialFamily: z.string().nullable(),
  legal: z.string().nullable(),
  spiritual: z.string().nullable(),
  safetyRisk: z.string().nullable(),
  needsExpectations: z.string().nullable(),
});

/** Start a draft. With none given, a re-assessment starts from the previous final assessment's sections. */
export const CreateAssessmentBody = z.object({
  sections: AssessmentSections.optional(),
  riskLevel: z.enum(RISK_LEVELS).nullish(),
});
/** Save a draft: the whole draft as the user sees it, with the version they loaded (stale -> 409). */
export const SaveAssessmentBody = z.object({
  version: Version,
  sections: AssessmentSections,
  riskLevel: z.enum(RISK_LEVELS).nullish(),
});
/** Finalise the draft; a risk level is required by then and becomes the case's (next review date follows). */
export const FinaliseAssessmentBody = z.object({ version: Version });

export const Assessment = z.object({
  id: Id,
  caseId: Id,
  /** The assessment this one re-assesses (at review), null for the first. */
  previousId: Id.nullable(),
  status: z.enum(["draft", "final"]),
  version: z.number(),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  sections: SectionsOut,
  createdBy: Person,
  updatedBy: Person,
  finalisedBy: Person.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finalisedAt: z.string().nullable(),
});
export const AssessmentRevision = z.object({
  version: z.number(),
  status: z.enum(["draft", "final"]),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  sections: SectionsOut,
  savedBy: Person,
  savedAt: z.string(),
});

const Provider = Person.extend({ profession: z.enum(PROFESSIONS).nullable(), partnerId: Id.nullable() });

export const Intervention = z.object({
  id: Id,
  caseId: Id,
  serviceType: z.enum(SERVICE_TYPES),
  provider: Provider,
  targetDate: Day.nullable(),
  goal: z.string().nullable(),
  status: z.enum(INTERVENTION_STATUSES),
  version: z.number(),
  /** Target date passed and not done (nor cancelled). */
  overdue: z.boolean(),
  sessionCount: z.number(),
  lastSessionOn: Day.nullable(),
});

export const ServicePlan = z.object({
  /** Null until the first plan is saved (version 0). */
  id: Id.nullable(),
  caseId: Id,
  version: z.number(),
  updatedAt: z.string().nullable(),
  agreedAt: z.string().nullable(),
  agreedVia: z.enum(PLAN_AGREED_VIA).nullable(),
  agreedBy: z.enum(["client", "guardian"]).nullable(),
  agreedRecordedBy: Person.nullable(),
  interventions: z.array(Intervention),
});

export const PlannedIntervention = z.object({
  /** An intervention already in the plan; omitted for a new one. */
  id: Id.optional(),
  serviceType: z.enum(SERVICE_TYPES),
  providerId: Id,
  targetDate: Day,
  goal: Text(2000),
});
/**
 * The whole plan as the user sees it; version 0 creates the first plan. Interventions left out are deleted when
 * never started, cancelled when they have sessions or are under way, and kept when done. Saving clears the agreement.
 */
export const SavePlanBody = z.object({
  version: z.number().int().min(0),
  interventions: z.array(PlannedIntervention).max(40),
});
export const AgreePlanBody = z.object({
  version: Version,
  agreedVia: z.enum(PLAN_AGREED_VIA),
  agreedBy: z.enum(["client", "guardian"]),
});

/** A provider who may be made responsible: active, with the service-provider role in the case's unit. */
export const ProviderChoice = Provider.extend({ serviceTypes: z.array(z.enum(SERVICE_TYPES)) });

export const MyIntervention = Intervention.omit({ provider: true }).extend({
  /** The case's unit: the console checks the provider's other rights there, not in any unit. */
  unitId: Id,
  registerNumber: z.string().nullable(),
  caseStatus: z.enum(CASE_STATUSES),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  caseManager: Person.nullable(),
});

export const InterventionSession = z.object({
  id: Id,
  interventionId: Id,
  heldOn: Day,
  whatWasDone: z.string(),
  result: z.string(),
  followUp: z.string().nullable(),
  attachments: z.array(AttachmentInfo),
  recordedBy: Person,
  createdAt: z.string(),
});
export const InterventionDetail = Intervention.extend({ sessions: z.array(InterventionSession) });

export const SessionBody = z.object({
  heldOn: Day,
  whatWasDone: Text(8000),
  result: Text(8000),
  followUp: Text(8000).nullish(),
});
export const InterventionStatusBody = z.object({ version: Version, status: z.enum(INTERVENTION_STATUSES) });

export const PoliceReport = z.object({
  /** The victim's report time + 72 hours (UU TPKS). */
  dueAt: z.string(),
  state: z.enum(["pending", "overdue", "met", "waived"]),
  metAt: z.string().nullable(),
  reference: z.string().nullable(),
  waivedAt: z.string().nullable(),
  waiveReason: z.string().nullable(),
});
export const MeetPoliceReportBody = z.object({
  /** When the police report was made; now when omitted. */
  reportedAt: z.iso
    .datetime({ offset: true })
    .refine((d) => Date.parse(d) > Date.UTC(2000, 0, 1))
    .optional(),
  /** The police's report number or a short note. */
  reference: Text(200).optional(),
});
export const WaivePoliceReportBody = z.object({ reason: Text(2000) });

export const Monitoring = z.object({
  caseId: Id,
  status: z.enum(CASE_STATUSES),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  nextReviewAt: z.string().nullable(),
  reviewDue: z.boolean(),
  latestAssessment: z.object({ id: Id, status: z.enum(["draft", "final"]), finalisedAt: z.string().nullable() }).nullable(),
  plan: z.object({ version: z.number(), agreedAt: z.string().nullable() }).nullable(),
  interventions: z.array(Intervention.omit({ goal: true })),
  overdueCount: z.number(),
  /** Null unless the case is about sexual violence. */
  policeReport: PoliceReport.nullable(),
});

export type AssessmentT = z.infer<typeof Assessment>;
export type InterventionT = z.infer<typeof Intervention>;
export type ServicePlanT = z.infer<typeof ServicePlan>;
export type MyInterventionT = z.infer<typeof MyIntervention>;
export type InterventionSessionT = z.infer<typeof InterventionSession>;
export type PoliceReportT = z.infer<typeof PoliceReport>;
export type MonitoringT = z.infer<typeof Monitoring>;
