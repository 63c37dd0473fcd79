// The staff member who sent a client link, as the actor of what the client's answer does (an active user with their grants).
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import type { Role } from "../../../platform/access/roles.js";
import type { Tx } from "../../../platform/db/connection.js";
import { roleGrants, users } from "../../people/schema.js";

/** Null when the user is disabled: nothing is done in their name. */
export async function actorOfRecord(tx: Tx, userId: string): Promise<Actor | null> {
  const [user] = await tx
    .select({ id: users.id, locale: users.locale })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.disabled, false)));
  if (!user) return null;
  const grants = await tx
    .select({ role: roleGrants.role, unitId: roleGrants.unitId })
    .from(roleGrants)
    .where(eq(roleGrants.userId, userId));
  return {
    userId,
    sessionHash: "client-link",
    stage: "full",
    grants: grants.map((g) => ({ role: g.role as Role, unitId: g.unitId })),
    lang: user.locale === "en" ? "en" : "id",
  };
}
