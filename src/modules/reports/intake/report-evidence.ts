// Lists and opens a complaint's evidence files, for its officers or for the case made from it; each listing and file read is audited.
import { and, asc, eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { Tx } from "../../../platform/db/connection.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { users } from "../../people/schema.js";
import { unseal } from "../identity.js";
import type { EvidenceType } from "../public/evidence-file.js";
import { reportEvidence } from "../schema.js";
import { evidenceOpenFor } from "./case-decision.js";
import type { EvidenceItemT } from "./contracts.js";
import { loadReport } from "./report-access.js";
import { mayWithdrawEvidence } from "./withdraw-report-evidence.js";

/**
 * Whose evidence is opened, once the caller has checked the actor may read that record's identity: a complaint's
 * (report.evidence_read on the report) or a case's (case.evidence_read on the case, whose complaint holds the files).
 */
export interface EvidenceOwner {
  reportId: string;
  unitId: string;
  action: "report.evidence_read" | "case.evidence_read";
  targetType: "report" | "case";
  targetId: string;
  /** Whether the actor may withdraw a file attached by `uploadedBy` (null: the reporter's); none from a case. */
  mayWithdraw?: (uploadedBy: string | null) => boolean;
}

/** A file name (as sent: it may name the victim) or a photo may identify someone, as the identity fields do. */
const audited = (tx: Tx, actor: Actor, owner: EvidenceOwner, details: Record<string, unknown>) =>
  recordAudit(tx, {
    action: owner.action,
    actorId: actor.userId,
    unitId: owner.unitId,
    targetType: owner.targetType,
    targetId: owner.targetId,
    details: owner.targetType === "case" ? { reportId: owner.reportId, ...details } : details,
  });

export async function evidenceList(ctx: AppContext, tx: Tx, actor: Actor, owner: EvidenceOwner): Promise<EvidenceItemT[]> {
  const files = await tx
    .select({
      id: reportEvidence.id,
      fileNameEnc: reportEvidence.fileNameEnc,
      mimeType: reportEvidence.mimeType,
      sizeBytes: reportEvidence.sizeBytes,
      uploadedBy: reportEvidence.uploadedBy,
      uploadedByName: users.displayName,
      createdAt: reportEvidence.createdAt,
    })
    .from(reportEvidence)
    .leftJoin(users, eq(users.id, reportEvidence.uploadedBy))
    .where(eq(reportEvidence.reportId, owner.reportId))
    .orderBy(asc(reportEvidence.createdAt));
  await audited(tx, actor, owner, { listed: files.length });
  // The files of one report are stored at one time: by name within it (names are sealed, so sorted here).
  return files
    .map((f) => ({
      id: f.id,
      fileName: unseal(ctx.cipher, "evidence_name", f.fileNameEnc),
      mimeType: f.mimeType as EvidenceType,
      sizeBytes: f.sizeBytes,
      uploadedByName: f.uploadedByName,
      withdrawable: owner.mayWithdraw?.(f.uploadedBy) ?? false,
      createdAt: f.createdAt.toISOString(),
    }))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.fileName.localeCompare(b.fileName, "id"));
}

export async function evidenceFile(ctx: AppContext, tx: Tx, actor: Actor, owner: EvidenceOwner, evidenceId: string) {
  const [file] = await tx
    .select()
    .from(reportEvidence)
    .where(and(eq(reportEvidence.id, evidenceId), eq(reportEvidence.reportId, owner.reportId)));
  if (!file) throw new AppError(404, "error.not_found");
  await audited(tx, actor, owner, { evidenceId: file.id });
  return {
    id: file.id,
    mimeType: file.mimeType as EvidenceType,
    content: Buffer.from(unseal(ctx.cipher, "evidence_content", file.contentEnc), "base64"),
  };
}

async function complaintOwner(tx: Tx, actor: Actor, reportId: string): Promise<EvidenceOwner> {
  const row = await loadReport(tx, actor, "report.identity.read", reportId);
  const open = await evidenceOpenFor(tx, row);
  return {
    reportId: row.id,
    unitId: row.unitId,
    action: "report.evidence_read",
    targetType: "report",
    targetId: row.id,
    mayWithdraw: (uploadedBy) => mayWithdrawEvidence(actor, row, open, uploadedBy),
  };
}

export const listEvidence = (ctx: AppContext, actor: Actor, reportId: string) =>
  ctx.database.db.transaction(async (tx) => evidenceList(ctx, tx, actor, await complaintOwner(tx, actor, reportId)));

export const readEvidence = (ctx: AppContext, actor: Actor, reportId: string, evidenceId: string) =>
  ctx.database.db.transaction(async (tx) => evidenceFile(ctx, tx, actor, await complaintOwner(tx, actor, reportId), evidenceId));
