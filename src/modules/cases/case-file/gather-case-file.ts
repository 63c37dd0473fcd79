// Reads everything of one case for its printed file: letterhead, complaint, verification, contacts, outreach, consent, services, timeline, notes, termination.
import { asc, eq, inArray } from "drizzle-orm";
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";
import type { Tx } from "../../../platform/db/connection.js";
import { units, users } from "../../people/schema.js";
import type { CaseRow } from "../case-access.js";
import { unsealCaseText } from "../case-seal.js";
import { caseEvents, caseNotes } from "../schema.js";
import type { CaseFile } from "./case-file-types.js";
import { readAssessmentsAndPlan } from "./gather-assessments.js";
import { complaintOf, readComplaintRecords } from "./gather-complaint.js";
import { readConsentRecords } from "./gather-consent.js";
import { readInterventions } from "./gather-interventions.js";
import { readPoliceReport } from "./gather-police-report.js";

async function staffNames(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, unique))
    : [];
  return new Map(rows.map((u) => [u.id, u.name]));
}

/**
 * The whole file of a case the caller has already loaded through the visibility predicate. Run it inside the
 * printing transaction so the file and its audit event agree; nothing is redacted here (see redact-case-file.ts).
 */
export async function gatherCaseFile(
  tx: Tx,
  cipher: FieldCipher,
  row: CaseRow,
  printerId: string,
  printedAt = new Date(),
): Promise<CaseFile> {
  const [unit] = await tx.select().from(units).where(eq(units.id, row.unitId));
  if (!unit) throw new Error("case without its unit");
  const events = await tx
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, row.id))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id));
  const notes = await tx
    .select()
    .from(caseNotes)
    .where(eq(caseNotes.caseId, row.id))
    .orderBy(asc(caseNotes.createdAt), asc(caseNotes.id));
  let names = new Map<string, string>();
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? "") : "");
  const complaint = await readComplaintRecords(tx, cipher, row.reportId, nameOf);
  const consent = await readConsentRecords(tx, cipher, row.id, nameOf);
  const assessed = await readAssessmentsAndPlan(tx, cipher, row.id, nameOf);
  const services = await readInterventions(tx, cipher, row.id, nameOf);
  const police = await readPoliceReport(tx, cipher, row, printedAt);
  names = await staffNames(tx, [
    printerId,
    ...[row.caseManagerId, row.submittedBy, row.approvedBy].filter((id): id is string => id !== null),
    ...events.map((e) => e.actorId),
    ...notes.map((n) => n.authorId),
    ...complaint.staffIds,
    ...assessed.staffIds,
    ...services.staffIds,
    ...police.staffIds,
    ...consent.staffIds,
  ]);
  const report = complaint.report;
  return {
    letterhead: { unitName: unit.name, address: unit.address, phone: unit.phone, email: unit.email, timeZone: unit.timeZone },
    facts: {
      caseId: row.id,
      registerNumber: row.registerNumber,
      status: row.status,
      category: report.category,
      riskLevel: row.riskLevel ?? report.riskLevel,
      caseManager: row.caseManagerId ? nameOf(row.caseManagerId) : null,
      submittedBy: nameOf(row.submittedBy),
      submittedAt: row.submittedAt,
      approvedBy: row.approvedBy ? nameOf(row.approvedBy) : null,
      approvedAt: row.approvedAt,
      closedAt: row.closedAt,
      closeReason: row.closeReason,
      terminationReason: row.terminationReason,
      nextReviewAt: row.nextReviewAt,
    },
    complaint: complaintOf(cipher, report),
    ...complaint.records(),
    ...consent.records(),
    ...assessed.records(),
    ...services.records(),
    policeReport: police.record(nameOf),
    timeline: events.map((e) => ({
      at: e.at,
      event: e.event,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actor: nameOf(e.actorId),
      comment: unsealCaseText(cipher, "event_comment", e.commentEnc),
    })),
    notes: notes.map((n) => ({
      at: n.createdAt,
      author: nameOf(n.authorId),
      content: unsealCaseText(cipher, "note", n.contentEnc),
    })),
    printedBy: nameOf(printerId),
    printedAt,
  };
}
