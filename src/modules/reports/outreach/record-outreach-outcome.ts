// Records how an outreach visit went (early, its time becomes now); "needs emergency help" raises the report's risk to high and alerts the supervisors.
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { seal } from "../identity.js";
import { queueSupervisorAlerts } from "../intake/alert-supervisors.js";
import { outreachVisits, reports } from "../schema.js";
import type { OutreachVisitT, RecordOutcomeBody } from "../verification/contracts.js";
import { loadVisitInScope, visitViews } from "./visit-views.js";

export async function recordOutreachOutcome(
  ctx: AppContext,
  actor: Actor,
  visitId: string,
  body: z.output<typeof RecordOutcomeBody>,
): Promise<OutreachVisitT> {
  return ctx.database.db.transaction(async (tx) => {
    const { visit, report } = await loadVisitInScope(tx, actor, visitId, true);
    if (visit.version !== body.version) throw new AppError(409, "outreach.stale");
    if (visit.status !== "scheduled") throw new AppError(409, "outreach.wrong_status");
    // An outcome is what the team found there, so the visit has happened: recorded before its planned time (the team went
    // early, or at once in an emergency), its time becomes now. Never refused for it: an emergency must reach the supervisors.
    const now = new Date();
    const early = visit.scheduledFor.getTime() > now.getTime();
    const [row] = await tx
      .update(outreachVisits)
      .set({
        status: "done",
        outcome: body.outcome,
        notesEnc: seal(ctx.cipher, "outreach_notes", body.notes ?? null),
        recordedBy: actor.userId,
        recordedAt: now,
        ...(early ? { scheduledFor: now } : {}),
        version: sql`${outreachVisits.version} + 1`,
      })
      .where(and(eq(outreachVisits.id, visitId), eq(outreachVisits.version, body.version)))
      .returning();
    if (!row) throw new AppError(409, "outreach.stale");
    await recordAudit(tx, {
      action: "outreach.recorded",
      actorId: actor.userId,
      unitId: report.unitId,
      targetType: "outreach_visit",
      targetId: visitId,
      details: {
        reportId: report.id,
        outcome: body.outcome,
        ...(early ? { plannedFor: visit.scheduledFor.toISOString() } : {}),
      },
    });
    if (body.outcome === "needs_emergency_help" && report.riskLevel !== "high") {
      await tx
        .update(reports)
        .set({ riskLevel: "high", version: sql`${reports.version} + 1`, updatedAt: new Date() })
        .where(eq(reports.id, report.id));
      await recordAudit(tx, {
        action: "report.risk_changed",
        actorId: actor.userId,
        unitId: report.unitId,
        targetType: "report",
        targetId: report.id,
        details: { from: report.riskLevel, to: "high", source: "outreach", visitId },
      });
    }
    const emergency = body.outcome === "needs_emergency_help";
    // The supervisors hear of it on their phones too, with this outcome's commit (the console's notice is the other way).
    if (emergency) await queueSupervisorAlerts(ctx, tx, [{ id: report.id, unitId: report.unitId }], "emergency");
    await publishEvent(tx, {
      type: "report.updated",
      unitId: report.unitId,
      id: report.id,
      data: emergency ? { riskLevel: "high", emergency: true } : { outreach: body.outcome },
    });
    const [view] = await visitViews(tx, ctx.cipher, [{ visit: row, unitId: report.unitId }]);
    return view as OutreachVisitT;
  });
}
