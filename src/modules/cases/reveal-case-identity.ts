// Reveals the identity of a case's client (from its complaint) to those entitled: head, supervisors, the case's manager. Audited.

import { eq } from "drizzle-orm";
import type { Actor } from "../../platform/access/actor.js";
import { recordAudit } from "../../platform/audit/record.js";
import type { AppContext } from "../../platform/http/context.js";
import { AppError } from "../../platform/http/errors.js";
import { identityView } from "../reports/intake/reveal-identity.js";
import { reports } from "../reports/schema.js";
import { loadCase } from "./case-access.js";
import type { CaseIdentityT } from "./contracts.js";

export async function revealCaseIdentity(ctx: AppContext, actor: Actor, id: string): Promise<CaseIdentityT> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadCase(tx, actor, "case.identity.read", id);
    const [complaint] = await tx.select().from(reports).where(eq(reports.id, row.reportId));
    if (!complaint) throw new AppError(404, "error.not_found");
    await recordAudit(tx, {
      action: "case.identity_read",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "case",
      targetId: row.id,
      details: { reportId: row.reportId, category: complaint.category },
    });
    return identityView(ctx, complaint);
  });
}
