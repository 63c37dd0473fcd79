// Stores one evidence file of a complaint, sealed (name and bytes), with its report.evidence_added audit event.
import { count, eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/record.js";
import type { FieldCipher } from "../../platform/crypto/field-encryption.js";
import type { Tx } from "../../platform/db/connection.js";
import { seal } from "./identity.js";
import { cleanFileName, type EvidenceFile, sniffEvidenceType } from "./public/evidence-file.js";
import { reportEvidence, reports } from "./schema.js";

/** Files a complaint may gather before it is a case (from the reporter and its officers together); a case keeps its own records after. */
export const MAX_EVIDENCE_PER_REPORT = 20;

/**
 * How many evidence files a complaint holds now, counted under its row's lock until the transaction ends, so that two
 * uploads at once (a reply and an officer's file) cannot both take the last place.
 */
export async function evidenceCount(tx: Tx, reportId: string): Promise<number> {
  await tx.select({ id: reports.id }).from(reports).where(eq(reports.id, reportId)).for("update");
  const [held] = await tx.select({ n: count() }).from(reportEvidence).where(eq(reportEvidence.reportId, reportId));
  return Number(held?.n ?? 0);
}

/** `file` was checked by the caller (type, size); `uploadedBy` is the officer, or null for the reporter. */
export async function storeEvidence(
  tx: Tx,
  cipher: FieldCipher,
  report: { id: string; unitId: string },
  file: EvidenceFile,
  uploadedBy: string | null,
) {
  const mimeType = sniffEvidenceType(file.bytes);
  if (!mimeType) throw new Error("evidence type checked before storing");
  const fileName = cleanFileName(file.fileName);
  const [stored] = await tx
    .insert(reportEvidence)
    .values({
      reportId: report.id,
      fileNameEnc: seal(cipher, "evidence_name", fileName),
      mimeType,
      sizeBytes: file.bytes.length,
      contentEnc: seal(cipher, "evidence_content", file.bytes.toString("base64")),
      uploadedBy,
    })
    .returning({ id: reportEvidence.id, createdAt: reportEvidence.createdAt });
  if (!stored) throw new Error("evidence not stored");
  await recordAudit(tx, {
    action: "report.evidence_added",
    actorId: uploadedBy,
    unitId: report.unitId,
    targetType: "report",
    targetId: report.id,
    details: { evidenceId: stored.id, mimeType, sizeBytes: file.bytes.length },
  });
  return { id: stored.id, fileName, mimeType, sizeBytes: file.bytes.length, createdAt: stored.createdAt.toISOString() };
}
