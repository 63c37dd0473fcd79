// Moves a scheduled outreach visit (never into the past) or changes its team; a stale version answers 409.
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { outreachVisits } from "../schema.js";
import type { OutreachVisitT, UpdateVisitBody } from "../verification/contracts.js";
import { loadVisitInScope, requirePlannedTime, requireTeam, visitViews } from "./visit-views.js";

export async function updateOutreach(
  ctx: AppContext,
  actor: Actor,
  visitId: string,
  body: z.output<typeof UpdateVisitBody>,
): Promise<OutreachVisitT> {
  return ctx.database.db.transaction(async (tx) => {
    const { visit, report } = await loadVisitInScope(tx, actor, visitId, true);
    if (visit.version !== body.version) throw new AppError(409, "outreach.stale");
    if (visit.status !== "scheduled") throw new AppError(409, "outreach.wrong_status");
    const scheduledFor = body.scheduledFor ? requirePlannedTime(new Date(body.scheduledFor)) : undefined;
    const team = body.teamUserIds ? await requireTeam(tx, report.unitId, body.teamUserIds) : undefined;
    const [row] = await tx
      .update(outreachVisits)
      .set({
        ...(scheduledFor ? { scheduledFor } : {}),
        ...(team ? { teamUserIds: team } : {}),
        version: sql`${outreachVisits.version} + 1`,
      })
      .where(and(eq(outreachVisits.id, visitId), eq(outreachVisits.version, body.version)))
      .returning();
    if (!row) throw new AppError(409, "outreach.stale");
    await publishEvent(tx, { type: "outreach.changed", unitId: report.unitId, id: report.id });
    await recordAudit(tx, {
      action: "outreach.updated",
      actorId: actor.userId,
      unitId: report.unitId,
      targetType: "outreach_visit",
      targetId: visitId,
      details: { fields: [body.scheduledFor ? "scheduledFor" : null, team ? "teamUserIds" : null].filter(Boolean) },
    });
    const [view] = await visitViews(tx, ctx.cipher, [{ visit: row, unitId: report.unitId }]);
    return view as OutreachVisitT;
  });
}
