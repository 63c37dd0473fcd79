// An officer closes a complaint as not a case (prank, outside criteria, ...), with a reason counted later.
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAuditEvents } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { seal } from "../identity.js";
import { lockReportLinks } from "../verification/lock-report-links.js";
import { revokeLinksOfClosedReport } from "../verification/revoke-verification-link.js";
import type { NotACaseBody, ReportFactsT } from "./contracts.js";
import { loadReport, requireVersion } from "./report-access.js";
import { factsView } from "./report-views.js";
import { applyTransition } from "./transitions.js";

export async function markNotACase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: z.output<typeof NotACaseBody>,
): Promise<ReportFactsT> {
  return ctx.database.db.transaction(async (tx) => {
    // Its verification links first (no link is made meanwhile), then the report: the order every link change keeps.
    const links = await lockReportLinks(tx, id);
    const row = await loadReport(tx, actor, "report.handle", id, true);
    requireVersion(row, body.version);
    const updated = await applyTransition(tx, actor, row, "mark_not_a_case", {
      closeReason: body.reason,
      closeNoteEnc: seal(ctx.cipher, "close_note", body.note),
      decidedBy: actor.userId,
      decidedAt: new Date(),
    });
    const revoked = await revokeLinksOfClosedReport(tx, actor.userId, updated, links);
    await publishEvent(tx, { type: "report.decided", unitId: row.unitId, id, data: { status: updated.status } });
    await recordAuditEvents(tx, [
      ...revoked,
      {
        action: "report.marked_not_a_case",
        actorId: actor.userId,
        unitId: row.unitId,
        targetType: "report",
        targetId: id,
        details: { from: row.status, reason: body.reason },
      },
    ]);
    return factsView(tx, ctx.cipher, updated);
  });
}
