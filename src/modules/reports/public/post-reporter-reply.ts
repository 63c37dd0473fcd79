// The reporter answers the unit from /lapor/status (with the signed proof of a correct PIN), with files if they have more
// evidence: sealed, audited, live to the console, counted unread on the complaint; stored together or not at all; the same
// reply (text and files) sent twice within two minutes (a double tap, a resent page) is stored once.
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { recordAudit } from "../../../platform/audit/record.js";
import type { Tx } from "../../../platform/db/connection.js";
import type { AppContext } from "../../../platform/http/context.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { seal, unseal } from "../identity.js";
import { reportEvidence, reportMessages, reports } from "../schema.js";
import { evidenceCount, MAX_EVIDENCE_PER_REPORT, storeEvidence } from "../store-evidence.js";
import { normaliseTrackingCode } from "../tracking-code.js";
import type { EvidenceFile } from "./evidence-file.js";
import { FROM_REPORTER, findReporterReport } from "./open-report-status.js";
import { checkStatusProof } from "./report-secrets.js";

export type ReplyResult =
  | { kind: "ok"; reportId: string }
  | { kind: "proof_expired" }
  /** The complaint already holds MAX_EVIDENCE_PER_REPORT files with these: nothing stored. */
  | { kind: "too_many_files" };

/** Replies with the same text this close together are one reply sent twice (a double tap, a resent page). */
const RESENT_WITHIN_MS = 2 * 60_000;

/**
 * A resent reply: the complaint's last reply came in the last two minutes with the same text and the same files (a
 * reply's files are stored in its transaction, so they carry its time). Files are compared by size first, and only then
 * unsealed and compared byte for byte.
 */
async function sameAsLastReply(ctx: AppContext, tx: Tx, reportId: string, body: string, files: EvidenceFile[]): Promise<boolean> {
  const [last] = await tx
    .select({ id: reportMessages.id, bodyEnc: reportMessages.bodyEnc, createdAt: reportMessages.createdAt })
    .from(reportMessages)
    .where(and(eq(reportMessages.reportId, reportId), eq(reportMessages.direction, FROM_REPORTER)))
    .orderBy(desc(reportMessages.createdAt))
    .limit(1);
  if (!last || Date.now() - last.createdAt.getTime() >= RESENT_WITHIN_MS) return false;
  if (unseal(ctx.cipher, "message", last.bodyEnc) !== body) return false;
  const stored = await tx
    .select({ sizeBytes: reportEvidence.sizeBytes, contentEnc: reportEvidence.contentEnc })
    .from(reportEvidence)
    .where(
      and(
        eq(reportEvidence.reportId, reportId),
        isNull(reportEvidence.uploadedBy),
        // Compared in the database: a Date holds milliseconds, the column microseconds.
        sql`${reportEvidence.createdAt} = (SELECT created_at FROM report_messages WHERE id = ${last.id})`,
      ),
    );
  const bySize = <T extends { size: number }>(list: T[]) => [...list].sort((a, b) => a.size - b.size);
  const sent = bySize(files.map((f) => ({ size: f.bytes.length, bytes: f.bytes })));
  const before = bySize(stored.map((e) => ({ size: e.sizeBytes, enc: e.contentEnc })));
  if (sent.length !== before.length || sent.some((f, i) => f.size !== before[i]?.size)) return false;
  const contentOf = (enc: string) => Buffer.from(unseal(ctx.cipher, "evidence_content", enc), "base64");
  // Files of the same size in another order: each sent file must match a distinct stored one.
  const left = before.map((e) => contentOf(e.enc));
  return sent.every((f) => {
    const at = left.findIndex((bytes) => bytes.equals(f.bytes));
    if (at < 0) return false;
    left.splice(at, 1);
    return true;
  });
}

/** `files` were checked by the caller (evidenceProblem): count, size and type. */
export async function postReporterReply(
  ctx: AppContext,
  codeInput: string,
  proof: string,
  body: string,
  files: EvidenceFile[] = [],
): Promise<ReplyResult> {
  const report = await findReporterReport(ctx, normaliseTrackingCode(codeInput.slice(0, 40)));
  if (!report || !checkStatusProof(ctx.cipher, report.id, proof)) return { kind: "proof_expired" };
  return ctx.database.db.transaction(async (tx): Promise<ReplyResult> => {
    // One reply at a time per complaint, so that a double tap or a resent page is recognised below.
    await tx.select({ id: reports.id }).from(reports).where(eq(reports.id, report.id)).for("update");
    if (await sameAsLastReply(ctx, tx, report.id, body, files)) return { kind: "ok", reportId: report.id };
    if (files.length > 0 && (await evidenceCount(tx, report.id)) + files.length > MAX_EVIDENCE_PER_REPORT)
      return { kind: "too_many_files" };
    for (const file of files) await storeEvidence(tx, ctx.cipher, report, file, null);
    const [row] = await tx
      .insert(reportMessages)
      .values({ reportId: report.id, direction: FROM_REPORTER, bodyEnc: seal(ctx.cipher, "message", body) })
      .returning({ id: reportMessages.id });
    if (!row) throw new Error("message not written");
    // Counted until an officer reads it: the complaint stays in the intake queue meanwhile, even closed.
    await tx
      .update(reports)
      .set({ unreadReplies: sql`${reports.unreadReplies} + 1` })
      .where(eq(reports.id, report.id));
    await publishEvent(tx, { type: "report.message", unitId: report.unitId, id: report.id, data: { direction: FROM_REPORTER } });
    await recordAudit(tx, {
      action: "report.message_received",
      actorId: null,
      unitId: report.unitId,
      targetType: "report",
      targetId: report.id,
      details: { messageId: row.id, evidence: files.length },
    });
    return { kind: "ok", reportId: report.id };
  });
}
