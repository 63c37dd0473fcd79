// An administrator turns a staff member's two-factor authentication off (lost phone); their sessions end.
import { eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import type { UserT } from "../contracts.js";
import { users } from "../schema.js";
import { endAllSessions } from "../sessions.js";
import { auditUnit, loadUserInScope, requireWholeUser } from "./user-access.js";
import { userView } from "./user-views.js";

export async function resetUserTotp(ctx: AppContext, actor: Actor, id: string): Promise<UserT> {
  return ctx.database.db.transaction(async (tx) => {
    const { grants } = await loadUserInScope(tx, actor, "user.manage", id, true);
    requireWholeUser(actor, grants);
    const [row] = await tx
      .update(users)
      .set({ totpEnabled: false, totpSecret: null, totpLastStep: null })
      .where(eq(users.id, id))
      .returning();
    if (!row) throw new AppError(404, "error.not_found");
    await endAllSessions(tx, id);
    const view = await userView(tx, actor, row);
    await recordAudit(tx, {
      action: "user.totp_reset",
      actorId: actor.userId,
      unitId: auditUnit(grants),
      targetType: "user",
      targetId: id,
    });
    return view;
  });
}
