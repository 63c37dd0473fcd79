// An officer attaches a file to a complaint in intake (a scanned letter, a photo sent over WhatsApp): sealed, type read from its bytes, audited.
import { count, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { seal } from "../identity.js";
import { cleanFileName, sniffEvidenceType } from "../public/evidence-file.js";
import { reportEvidence } from "../schema.js";
import { EVIDENCE_OPEN_STATUSES, type EvidenceItemT, type EvidenceUploadBody } from "./contracts.js";
import { loadReport } from "./report-access.js";

/** Enough for every document a complaint gathers before it is a case; a case keeps its own records after. */
export const MAX_EVIDENCE_PER_REPORT = 20;

/** The largest JSON body an upload may be: the file's base64 at the configured size, and room for its name. */
export const evidenceBodyLimit = (ctx: AppContext) => Math.ceil(ctx.config.evidenceMaxBytes / 3) * 4 + 4096;

export async function addReportEvidence(
  ctx: AppContext,
  actor: Actor,
  reportId: string,
  body: z.output<typeof EvidenceUploadBody>,
): Promise<EvidenceItemT> {
  const bytes = Buffer.from(body.contentBase64, "base64");
  const mimeType = sniffEvidenceType(bytes);
  if (!mimeType || bytes.length > ctx.config.evidenceMaxBytes) {
    const mb = Math.round((ctx.config.evidenceMaxBytes / (1024 * 1024)) * 10) / 10;
    throw new AppError(400, "intake.evidence_invalid", { mb }, [{ path: "contentBase64", message: "" }]);
  }
  const fileName = cleanFileName(body.fileName);
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadReport(tx, actor, "report.handle", reportId, true);
    if (!EVIDENCE_OPEN_STATUSES.includes(row.status)) throw new AppError(409, "intake.wrong_status");
    const [held] = await tx.select({ n: count() }).from(reportEvidence).where(eq(reportEvidence.reportId, row.id));
    if (Number(held?.n ?? 0) >= MAX_EVIDENCE_PER_REPORT)
      throw new AppError(409, "intake.evidence_full", { max: MAX_EVIDENCE_PER_REPORT });
    const [stored] = await tx
      .insert(reportEvidence)
      .values({
        reportId: row.id,
        fileNameEnc: seal(ctx.cipher, "evidence_name", fileName),
        mimeType,
        sizeBytes: bytes.length,
        contentEnc: seal(ctx.cipher, "evidence_content", bytes.toString("base64")),
        uploadedBy: actor.userId,
      })
      .returning({ id: reportEvidence.id, createdAt: reportEvidence.createdAt });
    if (!stored) throw new Error("evidence not stored");
    await recordAudit(tx, {
      action: "report.evidence_added",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "report",
      targetId: row.id,
      details: { evidenceId: stored.id, mimeType, sizeBytes: bytes.length },
    });
    return { id: stored.id, fileName, mimeType, sizeBytes: bytes.length, createdAt: stored.createdAt.toISOString() };
  });
}
