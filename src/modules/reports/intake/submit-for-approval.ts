// When intake is complete, the officer sends the complaint to the supervisor (in_intake -> awaiting_approval).
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { openCaseForApproval } from "../../cases/open-case-for-approval.js";
import type { ReportFactsT, VersionBody } from "./contracts.js";
import { loadReport, requireVersion } from "./report-access.js";
import { factsView, missingForSubmit } from "./report-views.js";
import { applyTransition } from "./transitions.js";

export async function submitForApproval(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: z.output<typeof VersionBody>,
): Promise<ReportFactsT> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadReport(tx, actor, "report.handle", id, true);
    requireVersion(row, body.version);
    if (row.status === "in_intake") {
      const missing = missingForSubmit(ctx.cipher, row);
      if (missing.length) {
        throw new AppError(
          422,
          "intake.incomplete",
          {},
          missing.map((path) => ({ path, message: "" })),
        );
      }
    }
    const submittedAt = new Date();
    const updated = await applyTransition(tx, actor, row, "submit_for_approval", { submittedBy: actor.userId, submittedAt });
    await openCaseForApproval(tx, {
      reportId: id,
      unitId: row.unitId,
      submittedBy: actor.userId,
      submittedAt,
      riskLevel: updated.riskLevel,
    });
    await publishEvent(tx, { type: "report.decided", unitId: row.unitId, id, data: { status: updated.status } });
    await recordAudit(tx, {
      action: "report.submitted_for_approval",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "report",
      targetId: id,
      details: { riskLevel: updated.riskLevel },
    });
    return factsView(tx, ctx.cipher, updated);
  });
}
