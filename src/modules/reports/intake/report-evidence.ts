// Lists and opens a complaint's evidence files for officers who may read its identity; each listing and each file read is audited.
import { and, asc, eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { Tx } from "../../../platform/db/connection.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { unseal } from "../identity.js";
import type { EvidenceType } from "../public/evidence-file.js";
import { reportEvidence } from "../schema.js";
import type { EvidenceItemT } from "./contracts.js";
import { loadReport, type ReportRow } from "./report-access.js";

const PERMISSION = "report.identity.read" as const;

/** A file name (as sent: it may name the victim) or a photo may identify someone, as the identity fields do. */
const audited = (tx: Tx, actor: Actor, row: ReportRow, details: Record<string, unknown>) =>
  recordAudit(tx, {
    action: "report.evidence_read",
    actorId: actor.userId,
    unitId: row.unitId,
    targetType: "report",
    targetId: row.id,
    details,
  });

export async function listEvidence(ctx: AppContext, actor: Actor, reportId: string): Promise<EvidenceItemT[]> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadReport(tx, actor, PERMISSION, reportId);
    const files = await tx
      .select({
        id: reportEvidence.id,
        fileNameEnc: reportEvidence.fileNameEnc,
        mimeType: reportEvidence.mimeType,
        sizeBytes: reportEvidence.sizeBytes,
        createdAt: reportEvidence.createdAt,
      })
      .from(reportEvidence)
      .where(eq(reportEvidence.reportId, row.id))
      .orderBy(asc(reportEvidence.createdAt));
    await audited(tx, actor, row, { listed: files.length });
    // The files of one report are stored at one time: by name within it (names are sealed, so sorted here).
    return files
      .map((f) => ({
        id: f.id,
        fileName: unseal(ctx.cipher, "evidence_name", f.fileNameEnc),
        mimeType: f.mimeType as EvidenceType,
        sizeBytes: f.sizeBytes,
        createdAt: f.createdAt.toISOString(),
      }))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.fileName.localeCompare(b.fileName, "id"));
  });
}

export async function readEvidence(ctx: AppContext, actor: Actor, reportId: string, evidenceId: string) {
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadReport(tx, actor, PERMISSION, reportId);
    const [file] = await tx
      .select()
      .from(reportEvidence)
      .where(and(eq(reportEvidence.id, evidenceId), eq(reportEvidence.reportId, row.id)));
    if (!file) throw new AppError(404, "error.not_found");
    await audited(tx, actor, row, { evidenceId: file.id });
    return {
      id: file.id,
      mimeType: file.mimeType as EvidenceType,
      content: Buffer.from(unseal(ctx.cipher, "evidence_content", file.contentEnc), "base64"),
    };
  });
}
