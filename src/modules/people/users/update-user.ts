// An administrator edits a staff member's profile (name, contact, profession, partner agency).
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import type { UserPatch, UserT } from "../contracts.js";
import { users } from "../schema.js";
import { checkPartner } from "./grant-rules.js";
import { auditUnit, loadUserInScope, requireWholeUser } from "./user-access.js";
import { userView } from "./user-views.js";

const FIELDS = ["displayName", "email", "phone", "profession", "partnerId"] as const;

export async function updateUser(ctx: AppContext, actor: Actor, id: string, patch: z.output<typeof UserPatch>): Promise<UserT> {
  return ctx.database.db.transaction(async (tx) => {
    const { user, grants } = await loadUserInScope(tx, actor, "user.manage", id, true);
    requireWholeUser(actor, grants);
    const changes: Partial<Record<(typeof FIELDS)[number], string | null>> = {};
    for (const field of FIELDS) {
      const value = patch[field];
      if (value === undefined) continue;
      if ((value ?? null) !== user[field]) changes[field] = value ?? null;
    }
    if (changes.partnerId) await checkPartner(tx, changes.partnerId, grants);
    const fields = Object.keys(changes).sort();
    if (fields.length === 0) return userView(tx, actor, user);
    const [row] = await tx
      .update(users)
      .set(changes as Partial<typeof users.$inferInsert>)
      .where(eq(users.id, id))
      .returning();
    if (!row) throw new AppError(404, "error.not_found");
    const view = await userView(tx, actor, row);
    await recordAudit(tx, {
      action: "user.updated",
      actorId: actor.userId,
      unitId: auditUnit(grants),
      targetType: "user",
      targetId: id,
      details: { fields },
    });
    return view;
  });
}
