// The officer sent the link from their own phone and says so: the link is marked sent.
import { eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { verificationLinks } from "../schema.js";
import type { VerificationLinkT } from "./contracts.js";
import { linkState, linkView, loadLinkInScope } from "./link-views.js";

export async function markVerificationLinkSent(ctx: AppContext, actor: Actor, linkId: string): Promise<VerificationLinkT> {
  return ctx.database.db.transaction(async (tx) => {
    const { link, unitId } = await loadLinkInScope(tx, actor, linkId, true);
    if (linkState(link) !== "pending") throw new AppError(409, "verification.not_pending");
    const [row] = await tx
      .update(verificationLinks)
      .set({ sentAt: new Date() })
      .where(eq(verificationLinks.id, linkId))
      .returning();
    await publishEvent(tx, { type: "report.updated", unitId, id: link.reportId, data: { verification: "link_sent" } });
    await recordAudit(tx, {
      action: "verification.link_sent",
      actorId: actor.userId,
      unitId,
      targetType: "verification_link",
      targetId: linkId,
      details: { channel: link.sentVia ?? "manual" },
    });
    return linkView(row as typeof link);
  });
}
