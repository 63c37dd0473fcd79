// Takes back a file an officer attached to a complaint by mistake (its uploader, or a supervisor): the bytes are erased, the audit trail keeps the fact.
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { type Actor, can } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { reportEvidence } from "../schema.js";
import { evidenceOpenFor } from "./case-decision.js";
import type { EvidenceWithdrawBody } from "./contracts.js";
import { loadReport } from "./report-access.js";

/**
 * The rule, shared by the list (which offers the action) and the operation (which enforces it): the complaint is still
 * open (`open`: evidenceOpenFor), the file came from an officer (what a reporter sent stays: it is their evidence), and
 * the actor attached it or oversees the unit's intake.
 */
export function mayWithdrawEvidence(actor: Actor, report: { unitId: string }, open: boolean, uploadedBy: string | null): boolean {
  if (!open || uploadedBy === null) return false;
  if (!can(actor, "report.handle", report.unitId)) return false;
  return uploadedBy === actor.userId || can(actor, "report.oversee", report.unitId);
}

export async function withdrawReportEvidence(
  ctx: AppContext,
  actor: Actor,
  reportId: string,
  evidenceId: string,
  body: z.output<typeof EvidenceWithdrawBody>,
): Promise<{ withdrawn: true }> {
  return ctx.database.db.transaction(async (tx) => {
    // Locked as an upload locks it, so that a file counted for the 20-file limit cannot vanish mid-count.
    const row = await loadReport(tx, actor, "report.handle", reportId, true);
    const [file] = await tx
      .select({
        id: reportEvidence.id,
        uploadedBy: reportEvidence.uploadedBy,
        mimeType: reportEvidence.mimeType,
        sizeBytes: reportEvidence.sizeBytes,
      })
      .from(reportEvidence)
      .where(and(eq(reportEvidence.id, evidenceId), eq(reportEvidence.reportId, row.id)));
    if (!file) throw new AppError(404, "error.not_found");
    const open = await evidenceOpenFor(tx, row);
    if (!open) throw new AppError(409, "intake.wrong_status");
    if (file.uploadedBy === null) throw new AppError(409, "intake.evidence_from_reporter");
    if (!mayWithdrawEvidence(actor, row, open, file.uploadedBy)) throw new AppError(403, "intake.evidence_not_yours");
    await tx.delete(reportEvidence).where(eq(reportEvidence.id, file.id));
    await recordAudit(tx, {
      action: "report.evidence_withdrawn",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "report",
      targetId: row.id,
      details: {
        evidenceId: file.id,
        mimeType: file.mimeType,
        sizeBytes: file.sizeBytes,
        uploadedBy: file.uploadedBy,
        reason: body.reason,
      },
    });
    await publishEvent(tx, { type: "report.updated", unitId: row.unitId, id: row.id });
    return { withdrawn: true as const };
  });
}
