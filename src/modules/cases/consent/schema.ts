// Tables of consent and termination: client links (kind consent or termination), consent per purpose, termination forms, feedback.
import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "../../people/schema.js";
import { cases } from "../schema.js";

const id = () => uuid("id").primaryKey().default(sql`gen_random_uuid()`);
const at = (name: string) => timestamp(name, { withTimezone: true });

/** A link sent to the client (or guardian): token and code stored only as keyed hashes; one use, expiry, 5 wrong codes kill it. */
export const clientLinkRequests = pgTable(
  "client_link_requests",
  {
    id: id(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    /** "consent" or "termination". */
    kind: text("kind").notNull(),
    tokenHash: text("token_hash").notNull(),
    codeHash: text("code_hash").notNull(),
    expiresAt: at("expires_at").notNull(),
    usedAt: at("used_at"),
    revokedAt: at("revoked_at"),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    /** Consent links: the purposes asked (codes of CONSENT_PURPOSES). */
    purposes: jsonb("purposes").$type<string[]>().notNull().default([]),
    /** Consent links asking partner_sharing: the unit's partner agencies named. */
    partnerIds: jsonb("partner_ids").$type<string[]>().notNull().default([]),
    lang: text("lang").notNull().default("id"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    /** whatsapp, sms, email (outbox) or manual (sent by the officer, QR code). */
    sentVia: text("sent_via").notNull(),
    sentAt: at("sent_at"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("client_link_requests_token_uq").on(t.tokenHash),
    index("client_link_requests_case_idx").on(t.caseId, t.createdAt),
  ],
);

/** One consent decision for one purpose; the current state of a purpose is its newest row. Names and signatures sealed. */
export const consentRecords = pgTable(
  "consent_records",
  {
    id: id(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    purpose: text("purpose").notNull(),
    partnerIds: jsonb("partner_ids").$type<string[]>().notNull().default([]),
    granted: boolean("granted").notNull(),
    textVersion: text("text_version").notNull(),
    givenBy: text("given_by").notNull(),
    guardianNameEnc: text("guardian_name_enc"),
    guardianRelationship: text("guardian_relationship"),
    signatureKind: text("signature_kind").notNull(),
    signatureEnc: text("signature_enc").notNull(),
    method: text("method").notNull(),
    /** The officer who recorded it in person, or the one who sent the link. */
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    linkId: uuid("link_id").references(() => clientLinkRequests.id),
    givenAt: at("given_at").notNull().defaultNow(),
    withdrawnAt: at("withdrawn_at"),
    withdrawnBy: uuid("withdrawn_by").references(() => users.id),
    withdrawalReasonEnc: text("withdrawal_reason_enc"),
  },
  (t) => [index("consent_records_case_idx").on(t.caseId, t.purpose, t.givenAt)],
);

/** The termination form signed by the client or guardian; recording it closes the case through the transition table. */
export const terminationForms = pgTable(
  "termination_forms",
  {
    id: id(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    textVersion: text("text_version").notNull(),
    signedBy: text("signed_by").notNull(),
    guardianNameEnc: text("guardian_name_enc"),
    guardianRelationship: text("guardian_relationship"),
    signatureKind: text("signature_kind").notNull(),
    signatureEnc: text("signature_enc").notNull(),
    method: text("method").notNull(),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    linkId: uuid("link_id").references(() => clientLinkRequests.id),
    signedAt: at("signed_at").notNull().defaultNow(),
  },
  (t) => [index("termination_forms_case_idx").on(t.caseId, t.signedAt)],
);

/** The satisfaction survey given with the termination form (1-5 per question), or its refusal; comments sealed. */
export const caseFeedback = pgTable(
  "case_feedback",
  {
    id: id(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    terminationFormId: uuid("termination_form_id")
      .notNull()
      .references(() => terminationForms.id),
    declined: boolean("declined").notNull(),
    respectful: smallint("respectful"),
    clearInformation: smallint("clear_information"),
    timelyHelp: smallint("timely_help"),
    feltSafe: smallint("felt_safe"),
    wouldRecommend: smallint("would_recommend"),
    commentsEnc: text("comments_enc"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("case_feedback_form_uq").on(t.terminationFormId), index("case_feedback_case_idx").on(t.caseId)],
);
