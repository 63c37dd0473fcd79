// Tables of the cases module: a case per approved complaint, its timeline, sealed notes, the register counter and interventions.
import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { partners, units, users } from "../people/schema.js";
import { reports } from "../reports/schema.js";

const id = () => uuid("id").primaryKey().default(sql`gen_random_uuid()`);
const at = (name: string) => timestamp(name, { withTimezone: true });

/** A case: created awaiting approval when intake submits the complaint; its status is written only through transitions.ts. */
export const cases = pgTable(
  "cases",
  {
    id: id(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id),
    /** PPA-<region>-<year>-<sequence>, given on approval; a rejected complaint keeps none. */
    registerNumber: text("register_number"),
    status: text("status").notNull(),
    caseManagerId: uuid("case_manager_id").references(() => users.id),
    submittedBy: uuid("submitted_by")
      .notNull()
      .references(() => users.id),
    submittedAt: at("submitted_at").notNull().defaultNow(),
    approvedBy: uuid("approved_by").references(() => users.id),
    approvedAt: at("approved_at"),
    terminationRequestedBy: uuid("termination_requested_by").references(() => users.id),
    /** A code of TERMINATION_REASONS. */
    terminationReason: text("termination_reason"),
    /** A code of REJECTION_REASONS or TERMINATION_REASONS. */
    closeReason: text("close_reason"),
    /** On rejection: the partner agency the complaint is suggested to go to. */
    referralPartnerId: uuid("referral_partner_id").references(() => partners.id),
    closedAt: at("closed_at"),
    riskLevel: text("risk_level"),
    nextReviewAt: at("next_review_at"),
    /** Incremented on every change: optimistic concurrency. */
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("cases_report_uq").on(t.reportId),
    uniqueIndex("cases_register_number_uq").on(t.registerNumber),
    index("cases_unit_status_idx").on(t.unitId, t.status, t.submittedAt),
    index("cases_case_manager_idx").on(t.caseManagerId, t.status),
    index("cases_submitted_by_idx").on(t.submittedBy, t.status),
    /** The board's counts per stage and high-risk share, from the index alone. */
    index("cases_unit_status_risk_idx").on(t.unitId, t.status, t.riskLevel),
    /** Urgency order of case-views.ts BY_URGENCY: lists and the board read pages without sorting the unit's cases. */
    index("cases_unit_urgency_idx").on(
      t.unitId,
      sql`(${t.riskLevel} = 'high') DESC NULLS LAST`,
      t.submittedAt.desc(),
      t.id.desc(),
    ),
    index("cases_unit_active_urgency_idx")
      .on(t.unitId, sql`(${t.riskLevel} = 'high') DESC NULLS LAST`, t.submittedAt.desc(), t.id.desc())
      .where(sql`${t.status} <> 'closed'`),
  ],
);

/** The case timeline: one row per move (and the submission). Details hold ids and codes only; free text is sealed. */
export const caseEvents = pgTable(
  "case_events",
  {
    id: id(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    event: text("event").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    actorId: uuid("actor_id")
      .notNull()
      .references(() => users.id),
    at: at("at").notNull().defaultNow(),
    details: jsonb("details").notNull().default({}),
    /** The comment or free-text reason given with the move, sealed. */
    commentEnc: text("comment_enc"),
  },
  (t) => [index("case_events_case_idx").on(t.caseId, t.at)],
);

/** Case notes, sealed at rest. */
export const caseNotes = pgTable(
  "case_notes",
  {
    id: id(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    contentEnc: text("content_enc").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [index("case_notes_case_idx").on(t.caseId, t.createdAt)],
);

/** The last register number given per unit and year (in the unit's time zone); bumped in the approving transaction. */
export const caseRegisterCounters = pgTable(
  "case_register_counters",
  {
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    year: integer("year").notNull(),
    lastNumber: integer("last_number").notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year] })],
);

/** A service a provider gives in a case; holding one lets the provider see that case (the service plan fills these). */
export const interventions = pgTable(
  "interventions",
  {
    id: id(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => users.id),
    /** A code of SERVICE_TYPES (services/service-types.ts). */
    serviceType: text("service_type").notNull(),
    /** The service plan it belongs to (services/schema.ts). */
    planId: uuid("plan_id"),
    /** The intervention's goal, sealed. */
    goalEnc: text("goal_enc"),
    targetDate: date("target_date", { mode: "string" }),
    /** planned | in_progress | done | cancelled. */
    status: text("status").notNull().default("planned"),
    /** Incremented on every change: optimistic concurrency. */
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [index("interventions_provider_idx").on(t.providerId, t.caseId), index("interventions_case_idx").on(t.caseId)],
);
