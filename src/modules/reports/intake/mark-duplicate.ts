// An officer closes a complaint as a duplicate of another complaint of the same unit (-> duplicate): one of the possible
// duplicates shown, or one the officer names by its tracking code or its case's register number.
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAuditEvents } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { lockReportLinks } from "../verification/lock-report-links.js";
import { revokeLinksOfClosedReport } from "../verification/revoke-verification-link.js";
import type { DuplicateBody, ReportFactsT } from "./contracts.js";
import { reportByCode } from "./find-report-by-code.js";
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
    // Its verification links first (no link is made meanwhile), then the report: the order every link change keeps.
    const links = await lockReportLinks(tx, id);
    const row = await loadReport(tx, actor, "report.handle", id, true);
    requireVersion(row, body.version);
    const field = body.duplicateOfId === undefined ? "duplicateOfCode" : "duplicateOfId";
    if ((body.duplicateOfId === undefined) === (body.duplicateOfCode === undefined))
      throw new AppError(400, "intake.duplicate_which", {}, [{ path: "duplicateOfCode", message: "" }]);
    const originalId =
      body.duplicateOfId ?? (await reportByCode(tx, new Set([row.unitId]), body.duplicateOfCode as string))?.id ?? null;
    if (originalId === id) throw new AppError(400, "intake.duplicate_of_itself", {}, [{ path: field, message: "" }]);
    const original = originalId ? await loadReport(tx, actor, "report.read", originalId).catch(() => null) : null;
    // Only a complaint of the same unit can be the original; any other id or code is "not found" for the officer.
    if (!original || original.unitId !== row.unitId) {
      throw new AppError(400, "intake.duplicate_unknown", {}, [{ path: field, message: "" }]);
    }
    const updated = await applyTransition(tx, actor, row, "mark_duplicate", {
      duplicateOfId: original.id,
      decidedBy: actor.userId,
      decidedAt: new Date(),
    });
    const revoked = await revokeLinksOfClosedReport(tx, actor.userId, updated, links);
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
