// An officer closes a complaint as a duplicate of another complaint of the same unit (-> duplicate).
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAuditEvents } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { revokeLinksOfClosedReport } from "../verification/revoke-verification-link.js";
import type { DuplicateBody, ReportFactsT } from "./contracts.js";
import { loadReport, requireVersion } from "./report-access.js";
import { factsView } from "./report-views.js";
import { applyTransition } from "./transitions.js";

export async function markDuplicate(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: z.output<typeof DuplicateBody>,
): Promise<ReportFactsT> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadReport(tx, actor, "report.handle", id, true);
    requireVersion(row, body.version);
    if (body.duplicateOfId === id)
      throw new AppError(400, "intake.duplicate_of_itself", {}, [{ path: "duplicateOfId", message: "" }]);
    const original = await loadReport(tx, actor, "report.read", body.duplicateOfId).catch(() => null);
    // Only a complaint of the same unit can be the original; any other id is "not found" for the officer.
    if (!original || original.unitId !== row.unitId) {
      throw new AppError(400, "intake.duplicate_unknown", {}, [{ path: "duplicateOfId", message: "" }]);
    }
    const updated = await applyTransition(tx, actor, row, "mark_duplicate", {
      duplicateOfId: original.id,
      decidedBy: actor.userId,
      decidedAt: new Date(),
    });
    const revoked = await revokeLinksOfClosedReport(tx, actor.userId, updated);
    await publishEvent(tx, { type: "report.decided", unitId: row.unitId, id, data: { status: updated.status } });
    await recordAuditEvents(tx, [
      ...revoked,
      {
        action: "report.marked_duplicate",
        actorId: actor.userId,
        unitId: row.unitId,
        targetType: "report",
        targetId: id,
        details: { from: row.status, duplicateOfId: original.id },
      },
    ]);
    return factsView(tx, ctx.cipher, updated);
  });
}
