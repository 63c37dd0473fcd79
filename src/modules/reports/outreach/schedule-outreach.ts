// Schedules an outreach visit (penjangkauan) for a report, at a time not in the past, with a team from the report's unit.
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { outreachVisits } from "../schema.js";
import type { OutreachVisitT, ScheduleVisitBody } from "../verification/contracts.js";
import { loadReportInScope } from "../verification/link-views.js";
import { CLOSED_REPORT_STATUSES, requirePlannedTime, requireTeam, visitViews } from "./visit-views.js";

export async function scheduleOutreach(
  ctx: AppContext,
  actor: Actor,
  reportId: string,
  body: z.output<typeof ScheduleVisitBody>,
): Promise<OutreachVisitT> {
  return ctx.database.db.transaction(async (tx) => {
    const report = await loadReportInScope(tx, actor, "outreach.manage", reportId);
    if (CLOSED_REPORT_STATUSES.has(report.status)) throw new AppError(409, "outreach.report_closed");
    const scheduledFor = requirePlannedTime(new Date(body.scheduledFor));
    const team = await requireTeam(tx, report.unitId, body.teamUserIds);
    const [visit] = await tx
      .insert(outreachVisits)
      .values({ reportId, scheduledFor, teamUserIds: team, createdBy: actor.userId })
      .returning();
    if (!visit) throw new Error("visit not written");
    await publishEvent(tx, { type: "outreach.changed", unitId: report.unitId, id: reportId });
    await recordAudit(tx, {
      action: "outreach.scheduled",
      actorId: actor.userId,
      unitId: report.unitId,
      targetType: "outreach_visit",
      targetId: visit.id,
      details: { reportId, teamUserIds: team },
    });
    const [view] = await visitViews(tx, ctx.cipher, [{ visit, unitId: report.unitId }]);
    return view as OutreachVisitT;
  });
}
