// An administrator creates a staff account without a password and receives a one-time link to pass on.
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { type Actor, scopeOf } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import type { UserBody } from "../contracts.js";
import { issueLink } from "../one-time-links.js";
import { roleGrants, users } from "../schema.js";
import { checkPartner, checkRequestedGrants } from "./grant-rules.js";
import { auditUnit } from "./user-access.js";
import { userView } from "./user-views.js";

/** How long the set-up link stays valid. */
export const PASSWORD_LINK_HOURS = 72;

export async function createUser(ctx: AppContext, actor: Actor, body: z.output<typeof UserBody>) {
  // A unit administrator's new colleague needs a role in one of their units, or they could never see them again.
  if (scopeOf(actor, "user.manage") !== "all" && body.roles.length === 0) {
    throw new AppError(400, "error.roles_required", {}, [{ path: "roles", message: "" }]);
  }
  return ctx.database.db.transaction(async (tx) => {
    const grants = await checkRequestedGrants(tx, actor, body.roles);
    await checkPartner(tx, body.partnerId, grants);
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, body.username));
    if (taken) throw new AppError(409, "error.username_taken", {}, [{ path: "username", message: "" }]);
    const [row] = await tx
      .insert(users)
      .values({
        username: body.username,
        displayName: body.displayName,
        email: body.email ?? null,
        phone: body.phone ?? null,
        profession: body.profession ?? null,
        partnerId: body.partnerId ?? null,
        passwordHash: null,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    if (grants.length) await tx.insert(roleGrants).values(grants.map((g) => ({ ...g, userId: row.id })));
    const link = await issueLink(tx, ctx.config.publicUrl, "password", row.id, PASSWORD_LINK_HOURS);
    const user = await userView(tx, actor, row);
    await recordAudit(tx, {
      action: "user.created",
      actorId: actor.userId,
      unitId: auditUnit(grants),
      targetType: "user",
      targetId: row.id,
      details: { roles: grants.map((g) => ({ role: g.role, unitId: g.unitId })) },
    });
    return { user, setupLink: { url: link.url, expiresAt: link.expiresAt.toISOString() } };
  });
}
