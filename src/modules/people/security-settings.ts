// Reads and writes the installation's security settings (which roles must use two-factor authentication).
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Actor } from "../../platform/access/actor.js";
import { requireInstallationWide } from "../../platform/access/actor.js";
import type { Role } from "../../platform/access/roles.js";
import { recordAudit } from "../../platform/audit/record.js";
import type { Tx } from "../../platform/db/connection.js";
import type { AppContext } from "../../platform/http/context.js";
import { roleGrants, sessions, settings, users } from "./schema.js";

export interface SecuritySettingsValue {
  mfaRequiredRoles: Role[];
}

export async function getSecuritySettings(tx: Tx): Promise<SecuritySettingsValue> {
  const [row] = await tx.select().from(settings).where(eq(settings.key, "security"));
  return (row?.value as SecuritySettingsValue | undefined) ?? { mfaRequiredRoles: [] };
}

/** The settings as an installation administrator reads them (403 for anyone else). */
export async function readSecuritySettings(tx: Tx, actor: Actor): Promise<SecuritySettingsValue> {
  requireInstallationWide(actor, "settings.manage");
  return getSecuritySettings(tx);
}

export async function requiresMfa(tx: Tx, userRoles: Role[]): Promise<boolean> {
  const { mfaRequiredRoles } = await getSecuritySettings(tx);
  return userRoles.some((r) => mfaRequiredRoles.includes(r));
}

export async function updateSecuritySettings(ctx: AppContext, actor: Actor, value: SecuritySettingsValue) {
  requireInstallationWide(actor, "settings.manage");
  const next = { mfaRequiredRoles: [...new Set(value.mfaRequiredRoles)].sort() };
  return ctx.database.db.transaction(async (tx) => {
    await tx
      .insert(settings)
      .values({ key: "security", value: next })
      .onConflictDoUpdate({ target: settings.key, set: { value: next, updatedAt: new Date() } });
    if (next.mfaRequiredRoles.length) {
      // Signed-in users who now need two-factor authentication may only enrol until they do.
      const affected = tx
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            eq(users.totpEnabled, false),
            sql`${users.id} IN (SELECT ${roleGrants.userId} FROM ${roleGrants} WHERE ${inArray(roleGrants.role, next.mfaRequiredRoles)})`,
          ),
        );
      await tx
        .update(sessions)
        .set({ stage: "enrolment_only" })
        .where(and(eq(sessions.stage, "full"), inArray(sessions.userId, affected)));
    }
    await recordAudit(tx, {
      action: "settings.updated",
      actorId: actor.userId,
      targetType: "settings",
      targetId: "security",
      details: next,
    });
    return next;
  });
}
