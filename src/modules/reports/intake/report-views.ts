// API views of a complaint: the queue line and the facts (no identity), and what submitting still needs.
import { count, eq } from "drizzle-orm";
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";
import type { Tx } from "../../../platform/db/connection.js";
import { unseal } from "../identity.js";
import { contactAttempts, reportEvidence, reportMessages } from "../schema.js";
import { caseDecisionOf } from "./case-decision.js";
import { EMPTY_DETAILS, type IntakeDetailsT, type QueueItemT, type ReportFactsT } from "./contracts.js";
import type { ReportRow } from "./report-access.js";

type F = ReportFactsT;

export function queueItemView(row: ReportRow): QueueItemT {
  return {
    id: row.id,
    unitId: row.unitId,
    trackingCode: row.trackingCode,
    status: row.status as QueueItemT["status"],
    channel: row.channel as QueueItemT["channel"],
    category: row.category as QueueItemT["category"],
    inDanger: row.inDanger,
    riskLevel: row.riskLevel as QueueItemT["riskLevel"],
    violenceTypes: row.violenceTypes as QueueItemT["violenceTypes"],
    regencyCode: row.regencyCode,
    unreadReplies: row.unreadReplies,
    createdAt: row.createdAt.toISOString(),
  };
}

export function readDetails(cipher: FieldCipher, row: Pick<ReportRow, "intakeEnc">): IntakeDetailsT {
  const json = unseal(cipher, "intake", row.intakeEnc);
  return json ? { ...EMPTY_DETAILS, ...(JSON.parse(json) as Partial<IntakeDetailsT>) } : { ...EMPTY_DETAILS };
}

/** The intake fields that must be filled before the complaint goes to the supervisor (names of form fields). */
export function missingForSubmit(cipher: FieldCipher, row: ReportRow): string[] {
  const missing: string[] = [];
  if (!row.riskLevel) missing.push("riskLevel");
  if (!row.victimSex) missing.push("victimSex");
  if (row.victimAge === null && !row.victimBirthDateEnc) missing.push("victimAge");
  if (!row.regencyCode) missing.push("regencyCode");
  if (row.violenceTypes.length === 0) missing.push("violenceTypes");
  if (!row.incidentPlace) missing.push("incidentPlace");
  if (!row.perpetratorRelationship) missing.push("perpetratorRelationship");
  if (!readDetails(cipher, row).needs) missing.push("details.needs");
  return missing;
}

async function countOf(tx: Tx, table: typeof reportMessages | typeof contactAttempts | typeof reportEvidence, id: string) {
  const [r] = await tx.select({ n: count() }).from(table).where(eq(table.reportId, id));
  return Number(r?.n ?? 0);
}

export async function factsView(tx: Tx, cipher: FieldCipher, row: ReportRow): Promise<ReportFactsT> {
  return {
    ...queueItemView(row),
    postId: row.postId,
    provinceCode: row.provinceCode,
    districtCode: row.districtCode,
    incidentPlace: row.incidentPlace as F["incidentPlace"],
    incidentDate: row.incidentDate,
    perpetratorRelationship: row.perpetratorRelationship as F["perpetratorRelationship"],
    reporterRelation: row.reporterRelation as F["reporterRelation"],
    contactMethod: row.contactMethod as F["contactMethod"],
    victimAge: row.victimAge,
    victimSex: row.victimSex as F["victimSex"],
    victimDisability: row.victimDisability,
    duplicateOfId: row.duplicateOfId,
    closeReason: row.closeReason as F["closeReason"],
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    counts: {
      messages: await countOf(tx, reportMessages, row.id),
      attempts: await countOf(tx, contactAttempts, row.id),
      evidence: await countOf(tx, reportEvidence, row.id),
    },
    missingForSubmit: row.status === "in_intake" ? missingForSubmit(cipher, row) : [],
    caseDecision: row.status === "awaiting_approval" ? await caseDecisionOf(tx, row.id) : null,
  };
}
