// An officer sets or changes a complaint's risk level (tinggi / sedang / rendah); audited with old and new level.
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { reports } from "../schema.js";
import type { ReportFactsT, RiskBody } from "./contracts.js";
import { loadReport, requireVersion, touched } from "./report-access.js";
import { factsView } from "./report-views.js";

const OPEN = new Set(["received", "in_intake"]);

export async function setRiskLevel(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: z.output<typeof RiskBody>,
): Promise<ReportFactsT> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadReport(tx, actor, "report.handle", id, true);
    requireVersion(row, body.version);
    if (!OPEN.has(row.status)) throw new AppError(409, "intake.wrong_status");
    if (row.riskLevel === body.riskLevel) return factsView(tx, ctx.cipher, row);
    const [updated] = await tx
      .update(reports)
      .set({ riskLevel: body.riskLevel, ...touched() })
      .where(eq(reports.id, id))
      .returning();
    if (!updated) throw new AppError(404, "error.not_found");
    await publishEvent(tx, { type: "report.updated", unitId: row.unitId, id, data: { riskLevel: body.riskLevel } });
    await recordAudit(tx, {
      action: "report.risk_changed",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "report",
      targetId: id,
      details: { from: row.riskLevel, to: body.riskLevel },
    });
    return factsView(tx, ctx.cipher, updated);
  });
}
