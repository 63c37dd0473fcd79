// The reporter answers the unit from /lapor/status (with the signed proof of a correct PIN): sealed, audited, live to the console.
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { seal } from "../identity.js";
import { reportMessages } from "../schema.js";
import { normaliseTrackingCode } from "../tracking-code.js";
import { FROM_REPORTER, findReporterReport } from "./open-report-status.js";
import { checkStatusProof } from "./report-secrets.js";

export type ReplyResult = { kind: "ok"; reportId: string } | { kind: "proof_expired" };

export async function postReporterReply(ctx: AppContext, codeInput: string, proof: string, body: string): Promise<ReplyResult> {
  const report = await findReporterReport(ctx, normaliseTrackingCode(codeInput.slice(0, 40)));
  if (!report || !checkStatusProof(ctx.cipher, report.id, proof)) return { kind: "proof_expired" };
  await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reportMessages)
      .values({ reportId: report.id, direction: FROM_REPORTER, bodyEnc: seal(ctx.cipher, "message", body) })
      .returning({ id: reportMessages.id });
    if (!row) throw new Error("message not written");
    await publishEvent(tx, { type: "report.message", unitId: report.unitId, id: report.id, data: { direction: FROM_REPORTER } });
    await recordAudit(tx, {
      action: "report.message_received",
      actorId: null,
      unitId: report.unitId,
      targetType: "report",
      targetId: report.id,
      details: { messageId: row.id },
    });
  });
  return { kind: "ok", reportId: report.id };
}
