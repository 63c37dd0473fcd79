// Replaces the role grants an administrator manages for a user; grants in other units stay as they are, unseen.
import { and, eq, isNull } from "drizzle-orm";
import { type Actor, scopeOf } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import type { UserT } from "../contracts.js";
import { roleGrants } from "../schema.js";
import { endAllSessions } from "../sessions.js";
import { checkRequestedGrants } from "./grant-rules.js";
import { auditUnit, isInstallationAdmin, loadUserInScope, requireAnotherAdmin } from "./user-access.js";
import { type GrantRow, grantKey, inScope, userView } from "./user-views.js";

export async function setUserRoles(ctx: AppContext, actor: Actor, id: string, roles: GrantRow[]): Promise<UserT> {
  return ctx.database.db.transaction(async (tx) => {
    const { user, grants } = await loadUserInScope(tx, actor, "user.manage", id, true);
    const requested = await checkRequestedGrants(tx, actor, roles);
    const scope = scopeOf(actor, "user.manage");
    const managed = grants.filter((g) => inScope(scope, g.unitId));
    const wanted = new Set(requested.map(grantKey));
    const held = new Set(managed.map(grantKey));
    const removed = managed.filter((g) => !wanted.has(grantKey(g)));
    const added = requested.filter((g) => !held.has(grantKey(g)));
    if (removed.length === 0 && added.length === 0) return userView(tx, actor, user);
    if (!user.disabled && isInstallationAdmin(removed)) await requireAnotherAdmin(tx, id);
    for (const g of removed) {
      const unit = g.unitId === null ? isNull(roleGrants.unitId) : eq(roleGrants.unitId, g.unitId);
      await tx.delete(roleGrants).where(and(eq(roleGrants.userId, id), eq(roleGrants.role, g.role), unit));
    }
    if (added.length) await tx.insert(roleGrants).values(added.map((g) => ({ ...g, userId: id })));
    // Sessions end so that the new permissions (and any two-factor requirement of a new role) apply at once.
    await endAllSessions(tx, id);
    const view = await userView(tx, actor, user);
    const changed = [...added, ...removed];
    await recordAudit(tx, {
      action: "user.roles_changed",
      actorId: actor.userId,
      unitId: auditUnit(changed),
      targetType: "user",
      targetId: id,
      details: {
        added: added.map((g) => ({ role: g.role, unitId: g.unitId })),
        removed: removed.map((g) => ({ role: g.role, unitId: g.unitId })),
      },
    });
    return view;
  });
}
