// An intake officer accepts a new complaint into intake (received -> in_intake).
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import type { ReportFactsT, VersionBody } from "./contracts.js";
import { loadReport, requireVersion } from "./report-access.js";
import { factsView } from "./report-views.js";
import { applyTransition } from "./transitions.js";

export async function acceptReport(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: z.output<typeof VersionBody>,
): Promise<ReportFactsT> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadReport(tx, actor, "report.handle", id, true);
    requireVersion(row, body.version);
    const updated = await applyTransition(tx, actor, row, "accept", { decidedBy: actor.userId, decidedAt: new Date() });
    await publishEvent(tx, { type: "report.decided", unitId: row.unitId, id, data: { status: updated.status } });
    await recordAudit(tx, {
      action: "report.accepted",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "report",
      targetId: id,
      details: { from: row.status, to: updated.status },
    });
    return factsView(tx, ctx.cipher, updated);
  });
}
