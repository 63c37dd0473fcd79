// Tables of the reports module: complaints (public reports and other channels), their messages, contact
// attempts, evidence, verification links, outreach visits, and the outbox of messages to send.
// Columns ending in Enc hold FieldCipher ciphertext; columns ending in Bidx hold blind indexes.
import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { posts, units, users } from "../people/schema.js";

const id = () => uuid("id").primaryKey().default(sql`gen_random_uuid()`);
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/** A complaint (pengaduan), from the public form or entered by an intake officer, until it becomes a case. */
export const reports = pgTable(
  "reports",
  {
    id: id(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    /** Shown to the reporter once; with the PIN it opens /lapor/status. */
    trackingCode: text("tracking_code").notNull(),
    /** scrypt hash of the reporter's PIN; null for complaints entered by staff. */
    pinHash: text("pin_hash"),
    status: text("status").notNull().default("received"),
    channel: text("channel").notNull(),
    postId: uuid("post_id").references(() => posts.id),
    category: text("category").notNull(),
    inDanger: boolean("in_danger").notNull().default(false),
    riskLevel: text("risk_level"),
    reporterRelation: text("reporter_relation").notNull(),
    reporterNameEnc: text("reporter_name_enc"),
    reporterPhoneEnc: text("reporter_phone_enc"),
    reporterPhoneBidx: text("reporter_phone_bidx"),
    contactMethod: text("contact_method").notNull().default("none"),
    safeTimeEnc: text("safe_time_enc"),
    victimNameEnc: text("victim_name_enc").notNull(),
    /** Blind index of the normalised name, for "similar name" duplicate hints. */
    victimNameBidx: text("victim_name_bidx"),
    victimBirthDateEnc: text("victim_birth_date_enc"),
    victimBirthDateBidx: text("victim_birth_date_bidx"),
    victimAge: integer("victim_age"),
    victimSex: text("victim_sex"),
    victimDisability: boolean("victim_disability"),
    /** Health data, sealed like the identity fields (migration 0013). */
    victimDisabilityTypeEnc: text("victim_disability_type_enc"),
    /**
     * Before migration 0013 the disability type was stored here in plain text. The server seals such rows at start
     * (seal-plain-disability-types.ts) and an intake edit empties it; nothing else writes it, readers use disabilityTypeOf.
     */
    victimDisabilityTypePlain: text("victim_disability_type"),
    victimNikEnc: text("victim_nik_enc"),
    victimNikBidx: text("victim_nik_bidx"),
    victimPhoneEnc: text("victim_phone_enc"),
    victimPhoneBidx: text("victim_phone_bidx"),
    victimEducation: text("victim_education"),
    victimOccupation: text("victim_occupation"),
    victimMaritalStatus: text("victim_marital_status"),
    provinceCode: text("province_code"),
    regencyCode: text("regency_code"),
    districtCode: text("district_code"),
    violenceTypes: text("violence_types").array().notNull(),
    incidentPlace: text("incident_place"),
    incidentDate: date("incident_date"),
    incidentLocationEnc: text("incident_location_enc"),
    chronologyEnc: text("chronology_enc").notNull(),
    perpetratorEnc: text("perpetrator_enc"),
    perpetratorRelationship: text("perpetrator_relationship"),
    /** The rest of the SAPA intake form (addresses, bio-psycho-social-spiritual condition, needs), as encrypted JSON. */
    intakeEnc: text("intake_enc"),
    duplicateOfId: uuid("duplicate_of_id"),
    closeReason: text("close_reason"),
    closeNoteEnc: text("close_note_enc"),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    enteredBy: uuid("entered_by").references(() => users.id),
    submittedBy: uuid("submitted_by").references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    idempotencyKey: text("idempotency_key"),
    /** When the unit's supervisors were sent the alert of a complaint in danger (alert-supervisors.ts); null until then. */
    dangerAlertedAt: timestamp("danger_alerted_at", { withTimezone: true }),
    /** Replies from the reporter (/lapor/status) that no officer has read yet: the complaint stays in the queue meanwhile. */
    unreadReplies: integer("unread_replies").notNull().default(0),
    /** Incremented on every change: optimistic concurrency for edits. */
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("reports_tracking_code_uq").on(t.trackingCode),
    uniqueIndex("reports_idempotency_key_uq").on(t.idempotencyKey),
    index("reports_unit_status_idx").on(t.unitId, t.status, t.createdAt),
    index("reports_reporter_phone_idx").on(t.unitId, t.reporterPhoneBidx),
    index("reports_victim_phone_idx").on(t.unitId, t.victimPhoneBidx),
    index("reports_victim_nik_idx").on(t.unitId, t.victimNikBidx),
    index("reports_victim_name_idx").on(t.unitId, t.victimNameBidx),
    index("reports_victim_birth_idx").on(t.unitId, t.victimBirthDateBidx),
    index("reports_unread_replies_idx").on(t.unitId).where(sql`${t.unreadReplies} > 0`),
    index("reports_danger_unalerted_idx").on(t.createdAt).where(sql`${t.inDanger} AND ${t.dangerAlertedAt} IS NULL`),
    index("reports_plain_disability_type_idx").on(t.id).where(sql`${t.victimDisabilityTypePlain} IS NOT NULL`),
  ],
);

/** Messages between the unit and the reporter, read by the reporter on /lapor/status. */
export const reportMessages = pgTable(
  "report_messages",
  {
    id: id(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id),
    direction: text("direction").notNull(),
    authorId: uuid("author_id").references(() => users.id),
    bodyEnc: text("body_enc").notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("report_messages_report_idx").on(t.reportId, t.createdAt)],
);

/** Each attempt by the unit to reach the reporter or victim. */
export const contactAttempts = pgTable(
  "report_contact_attempts",
  {
    id: id(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id),
    actorId: uuid("actor_id")
      .notNull()
      .references(() => users.id),
    method: text("method").notNull(),
    outcome: text("outcome").notNull(),
    noteEnc: text("note_enc"),
    createdAt: createdAt(),
  },
  (t) => [index("report_contact_attempts_report_idx").on(t.reportId, t.createdAt)],
);

/** Evidence files attached to a report, stored encrypted (base64 of the bytes, then FieldCipher). */
export const reportEvidence = pgTable(
  "report_evidence",
  {
    id: id(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id),
    fileNameEnc: text("file_name_enc").notNull(),
    mimeType: text("mime_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    contentEnc: text("content_enc").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("report_evidence_report_idx").on(t.reportId)],
);

/** A link sent to the victim or guardian to confirm or correct their data: expires, works once, needs a code. */
export const verificationLinks = pgTable(
  "verification_links",
  {
    id: id(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id),
    tokenHash: text("token_hash").notNull(),
    codeHash: text("code_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    sentVia: text("sent_via"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    outcome: text("outcome"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("verification_links_token_uq").on(t.tokenHash), index("verification_links_report_idx").on(t.reportId)],
);

/** An outreach visit (penjangkauan) to the victim: scheduled, with a team, and its outcome. */
export const outreachVisits = pgTable(
  "outreach_visits",
  {
    id: id(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id),
    scheduledFor: timestamp("scheduled_for", { withTimezone: true }).notNull(),
    teamUserIds: uuid("team_user_ids").array().notNull(),
    status: text("status").notNull().default("scheduled"),
    outcome: text("outcome"),
    notesEnc: text("notes_enc"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    recordedBy: uuid("recorded_by").references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [index("outreach_visits_report_idx").on(t.reportId)],
);

/** Messages waiting to leave through a transport (WhatsApp, SMS, e-mail), written in the sender's transaction. */
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: id(),
    unitId: uuid("unit_id").references(() => units.id),
    transport: text("transport").notNull(),
    recipientEnc: text("recipient_enc").notNull(),
    subjectEnc: text("subject_enc"),
    bodyEnc: text("body_enc").notNull(),
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    relatedType: text("related_type"),
    relatedId: uuid("related_id"),
    meta: jsonb("meta"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("outbox_messages_due_idx").on(t.status, t.nextAttemptAt),
    index("outbox_messages_alerts_idx").on(t.unitId, t.createdAt).where(sql`${t.relatedType} = 'report'`),
  ],
);
