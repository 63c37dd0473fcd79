// Revokes a verification link that is not used yet; a message still waiting in the outbox is withdrawn too.
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { outboxMessages, verificationLinks } from "../schema.js";
import type { VerificationLinkT } from "./contracts.js";
import { linkState, linkView, loadLinkInScope } from "./link-views.js";

export async function revokeVerificationLink(ctx: AppContext, actor: Actor, linkId: string): Promise<VerificationLinkT> {
  return ctx.database.db.transaction(async (tx) => {
    const { link, unitId } = await loadLinkInScope(tx, actor, linkId, true);
    const state = linkState(link);
    if (state === "used" || state === "revoked") throw new AppError(409, "verification.not_pending");
    const [row] = await tx
      .update(verificationLinks)
      .set({ outcome: "revoked" })
      .where(eq(verificationLinks.id, linkId))
      .returning();
    await tx
      .update(outboxMessages)
      .set({ status: "cancelled" })
      .where(
        and(
          eq(outboxMessages.relatedType, "verification_link"),
          eq(outboxMessages.relatedId, linkId),
          eq(outboxMessages.status, "pending"),
        ),
      );
    await recordAudit(tx, {
      action: "verification.link_revoked",
      actorId: actor.userId,
      unitId,
      targetType: "verification_link",
      targetId: linkId,
      details: { previousState: state },
    });
    return linkView(row as typeof link);
  });
}
