// Reads the complaint behind a case for its file: the intake form unsealed, verification outcomes, contact attempts, outreach.
import { asc, eq } from "drizzle-orm";
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";
import type { Tx } from "../../../platform/db/connection.js";
import { disabilityTypeOf, unseal } from "../../reports/identity.js";
import { readDetails } from "../../reports/intake/report-views.js";
import { contactAttempts, outreachVisits, reports, verificationLinks } from "../../reports/schema.js";
import { linkState } from "../../reports/verification/link-views.js";
import type { Complaint, ContactRecord, OutreachRecord, VerificationRecord } from "./case-file-types.js";

type ReportRow = typeof reports.$inferSelect;

export function complaintOf(cipher: FieldCipher, r: ReportRow): Complaint {
  return {
    channel: r.channel,
    receivedAt: r.createdAt,
    inDanger: r.inDanger,
    reporterRelation: r.reporterRelation,
    reporterName: unseal(cipher, "reporter_name", r.reporterNameEnc),
    reporterPhone: unseal(cipher, "reporter_phone", r.reporterPhoneEnc),
    contactMethod: r.contactMethod,
    safeTime: unseal(cipher, "safe_time", r.safeTimeEnc),
    victimName: unseal(cipher, "victim_name", r.victimNameEnc),
    victimNik: unseal(cipher, "victim_nik", r.victimNikEnc),
    victimBirthDate: unseal(cipher, "victim_birth_date", r.victimBirthDateEnc),
    victimAge: r.victimAge,
    victimSex: r.victimSex,
    victimPhone: unseal(cipher, "victim_phone", r.victimPhoneEnc),
    victimDisability: r.victimDisability,
    victimDisabilityType: disabilityTypeOf(cipher, r),
    victimEducation: r.victimEducation,
    victimOccupation: r.victimOccupation,
    victimMaritalStatus: r.victimMaritalStatus,
    regencyCode: r.regencyCode,
    violenceTypes: r.violenceTypes,
    incidentPlace: r.incidentPlace,
    incidentDate: r.incidentDate,
    incidentLocation: unseal(cipher, "incident_location", r.incidentLocationEnc),
    chronology: unseal(cipher, "chronology", r.chronologyEnc),
    perpetrator: unseal(cipher, "perpetrator", r.perpetratorEnc),
    perpetratorRelationship: r.perpetratorRelationship,
    details: readDetails(cipher, r),
  };
}

export interface ComplaintRecords {
  report: ReportRow;
  verifications: VerificationRecord[];
  contactAttempts: ContactRecord[];
  outreachVisits: OutreachRecord[];
}

/** `nameOf` resolves staff ids to display names; it is filled by the caller after this read. */
export async function readComplaintRecords(tx: Tx, cipher: FieldCipher, reportId: string, nameOf: (id: string) => string) {
  const [report] = await tx.select().from(reports).where(eq(reports.id, reportId));
  if (!report) throw new Error("case without its complaint");
  const links = await tx
    .select()
    .from(verificationLinks)
    .where(eq(verificationLinks.reportId, reportId))
    .orderBy(asc(verificationLinks.createdAt), asc(verificationLinks.id));
  const attempts = await tx
    .select()
    .from(contactAttempts)
    .where(eq(contactAttempts.reportId, reportId))
    .orderBy(asc(contactAttempts.createdAt), asc(contactAttempts.id));
  const visits = await tx
    .select()
    .from(outreachVisits)
    .where(eq(outreachVisits.reportId, reportId))
    .orderBy(asc(outreachVisits.scheduledFor), asc(outreachVisits.id));
  const staffIds = [...attempts.map((a) => a.actorId), ...visits.flatMap((v) => v.teamUserIds)];
  return {
    report,
    staffIds,
    /** Builds the records once the staff names are known. */
    records: (): Omit<ComplaintRecords, "report"> => ({
      // Outcomes and times only: a link's token and code hashes never leave the table.
      verifications: links.map((l) => ({
        createdAt: l.createdAt,
        sentVia: l.sentVia,
        sentAt: l.sentAt,
        state: linkState(l),
        outcome: l.outcome === "revoked" ? null : l.outcome,
        usedAt: l.usedAt,
      })),
      contactAttempts: attempts.map((a) => ({
        at: a.createdAt,
        by: nameOf(a.actorId),
        method: a.method,
        outcome: a.outcome,
        note: unseal(cipher, "contact_note", a.noteEnc),
      })),
      outreachVisits: visits.map((v) => ({
        scheduledFor: v.scheduledFor,
        status: v.status,
        outcome: v.outcome,
        team: v.teamUserIds.map(nameOf),
        notes: unseal(cipher, "outreach_notes", v.notesEnc),
      })),
    }),
  };
}
