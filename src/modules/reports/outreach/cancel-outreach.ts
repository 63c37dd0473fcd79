// Cancels a scheduled outreach visit; a stale version answers 409.
import { and, eq, sql } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { outreachVisits } from "../schema.js";
import type { OutreachVisitT } from "../verification/contracts.js";
import { loadVisitInScope, visitViews } from "./visit-views.js";

export async function cancelOutreach(ctx: AppContext, actor: Actor, visitId: string, version: number): Promise<OutreachVisitT> {
  return ctx.database.db.transaction(async (tx) => {
    const { visit, report } = await loadVisitInScope(tx, actor, visitId, true);
    if (visit.version !== version) throw new AppError(409, "outreach.stale");
    if (visit.status !== "scheduled") throw new AppError(409, "outreach.wrong_status");
    const [row] = await tx
      .update(outreachVisits)
      .set({ status: "cancelled", version: sql`${outreachVisits.version} + 1` })
      .where(and(eq(outreachVisits.id, visitId), eq(outreachVisits.version, version)))
      .returning();
    if (!row) throw new AppError(409, "outreach.stale");
    await publishEvent(tx, { type: "outreach.changed", unitId: report.unitId, id: report.id });
    await recordAudit(tx, {
      action: "outreach.cancelled",
      actorId: actor.userId,
      unitId: report.unitId,
      targetType: "outreach_visit",
      targetId: visitId,
      details: { reportId: report.id },
    });
    const [view] = await visitViews(tx, ctx.cipher, [{ visit: row, unitId: report.unitId }]);
    return view as OutreachVisitT;
  });
}
