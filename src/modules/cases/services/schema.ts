// Tables of case services: assessments and their saved revisions, the service plan, session records, the police-report deadline.
import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../../people/schema.js";
import { cases, interventions } from "../schema.js";

const id = () => uuid("id").primaryKey().default(sql`gen_random_uuid()`);
const at = (name: string) => timestamp(name, { withTimezone: true });
const userRef = (name: string) => uuid(name).references(() => users.id);

/** A biopsychosocial assessment: a draft saved many times (version), then final; a re-assessment links the previous one. */
export const assessments = pgTable(
  "assessments",
  {
    id: id(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    previousId: uuid("previous_id"),
    /** draft | final; at most one draft per case (partial unique index in the migration). */
    status: text("status").notNull().default("draft"),
    /** The sections' text as sealed JSON (AssessmentSections). */
    sectionsEnc: text("sections_enc"),
    riskLevel: text("risk_level"),
    version: integer("version").notNull().default(1),
    createdBy: userRef("created_by").notNull(),
    updatedBy: userRef("updated_by").notNull(),
    finalisedBy: userRef("finalised_by"),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    finalisedAt: at("finalised_at"),
  },
  (t) => [index("assessments_case_idx").on(t.caseId, t.createdAt)],
);

/** Every saved state of an assessment, so a save never silently replaces what was there. */
export const assessmentRevisions = pgTable(
  "assessment_revisions",
  {
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id),
    version: integer("version").notNull(),
    status: text("status").notNull(),
    sectionsEnc: text("sections_enc"),
    riskLevel: text("risk_level"),
    savedBy: userRef("saved_by").notNull(),
    savedAt: at("saved_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "assessment_revisions_pk", columns: [t.assessmentId, t.version] })],
);

/** The service plan of a case (one per case, versioned); its interventions point to it. Agreed with the client, recorded. */
export const servicePlans = pgTable("service_plans", {
  id: id(),
  caseId: uuid("case_id")
    .notNull()
    .unique("service_plans_case_uq")
    .references(() => cases.id),
  version: integer("version").notNull().default(1),
  updatedBy: userRef("updated_by").notNull(),
  updatedAt: at("updated_at").notNull().defaultNow(),
  /** Cleared whenever the plan changes: a changed plan needs the client's agreement again. */
  agreedAt: at("agreed_at"),
  /** in_person | phone | video_call | written. */
  agreedVia: text("agreed_via"),
  /** client | guardian. */
  agreedByClient: text("agreed_by_client"),
  agreedRecordedBy: userRef("agreed_recorded_by"),
  createdAt: at("created_at").notNull().defaultNow(),
});

/** One session of an intervention (the intervention form): what was done, the result, the follow-up; text sealed. */
export const interventionSessions = pgTable(
  "intervention_sessions",
  {
    id: id(),
    interventionId: uuid("intervention_id")
      .notNull()
      .references(() => interventions.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    doneEnc: text("done_enc").notNull(),
    resultEnc: text("result_enc").notNull(),
    followUpEnc: text("follow_up_enc"),
    recordedBy: userRef("recorded_by").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [index("intervention_sessions_intervention_idx").on(t.interventionId, t.heldOn)],
);

/** How a sexual-violence case's 3x24 h police-report deadline was resolved: met, or waived with a sealed reason. */
export const policeReportDeadlines = pgTable("police_report_deadlines", {
  caseId: uuid("case_id")
    .primaryKey()
    .references(() => cases.id),
  dueAt: at("due_at").notNull(),
  metAt: at("met_at"),
  metBy: userRef("met_by"),
  referenceEnc: text("reference_enc"),
  waivedAt: at("waived_at"),
  waivedBy: userRef("waived_by"),
  waiveReasonEnc: text("waive_reason_enc"),
  recordedAt: at("recorded_at").notNull().defaultNow(),
});

/** A file attached to a session record (a letter, a photo of a document): bytes and name sealed, type and size limited. */
export const interventionSessionAttachments = pgTable(
  "intervention_session_attachments",
  {
    id: id(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => interventionSessions.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    fileNameEnc: text("file_name_enc").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    /** Base64 of the bytes, sealed. */
    contentEnc: text("content_enc").notNull(),
    uploadedBy: userRef("uploaded_by").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [index("intervention_session_attachments_session_idx").on(t.sessionId, t.createdAt)],
);
