// An administrator issues a one-time password link for a staff member (72 hours) and lifts any lock-out.
import { eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { issueLink } from "../one-time-links.js";
import { users } from "../schema.js";
import { PASSWORD_LINK_HOURS } from "./create-user.js";
import { auditUnit, loadUserInScope, requireWholeUser } from "./user-access.js";

export async function issueResetLink(ctx: AppContext, actor: Actor, id: string): Promise<{ url: string; expiresAt: string }> {
  return ctx.database.db.transaction(async (tx) => {
    const { grants } = await loadUserInScope(tx, actor, "user.manage", id, true);
    requireWholeUser(actor, grants);
    await tx.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, id));
    // Replaces any earlier unused password link of this user.
    const link = await issueLink(tx, ctx.config.publicUrl, "password", id, PASSWORD_LINK_HOURS);
    await recordAudit(tx, {
      action: "user.reset_link_issued",
      actorId: actor.userId,
      unitId: auditUnit(grants),
      targetType: "user",
      targetId: id,
    });
    return { url: link.url, expiresAt: link.expiresAt.toISOString() };
  });
}
