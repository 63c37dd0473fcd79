// An administrator disables a staff account (every session ends at once), never their own nor the last administrator's.
import { eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import type { UserT } from "../contracts.js";
import { users } from "../schema.js";
import { endAllSessions } from "../sessions.js";
import { auditUnit, isInstallationAdmin, loadUserInScope, requireAnotherAdmin, requireWholeUser } from "./user-access.js";
import { userView } from "./user-views.js";

export async function disableUser(ctx: AppContext, actor: Actor, id: string): Promise<UserT> {
  return ctx.database.db.transaction(async (tx) => {
    if (id === actor.userId) throw new AppError(400, "error.cannot_disable_self");
    const { user, grants } = await loadUserInScope(tx, actor, "user.manage", id, true);
    requireWholeUser(actor, grants);
    if (user.disabled) return userView(tx, actor, user);
    if (isInstallationAdmin(grants)) await requireAnotherAdmin(tx, id);
    const [row] = await tx.update(users).set({ disabled: true }).where(eq(users.id, id)).returning();
    if (!row) throw new AppError(404, "error.not_found");
    await endAllSessions(tx, id);
    const view = await userView(tx, actor, row);
    await recordAudit(tx, {
      action: "user.disabled",
      actorId: actor.userId,
      unitId: auditUnit(grants),
      targetType: "user",
      targetId: id,
    });
    return view;
  });
}
