// Users an administrator, head or supervisor may see: those with a role in a unit of their user.read scope.
import { and, asc, eq, exists, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { type Actor, scopeOf } from "../../../platform/access/actor.js";
import type { Db } from "../../../platform/db/connection.js";
import type { UserListQuery, UserT } from "../contracts.js";
import { roleGrants, users } from "../schema.js";
import { loadUserInScope } from "./user-access.js";
import { userView, userViews } from "./user-views.js";

const LIST_CAP = 500;

/** Escapes LIKE wildcards so a search for "50%" or "a_b" matches those characters literally. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listUsers(db: Db, actor: Actor, query: z.output<typeof UserListQuery>): Promise<UserT[]> {
  const scope = scopeOf(actor, "user.read");
  if (scope !== "all" && (scope.size === 0 || (query.unitId && !scope.has(query.unitId)))) return [];
  // Installation-wide readers see every user, even those without any grant, unless a unit or role filter narrows.
  const grantConditions: SQL[] = [];
  if (scope !== "all") grantConditions.push(inArray(roleGrants.unitId, [...scope]));
  if (query.unitId) grantConditions.push(eq(roleGrants.unitId, query.unitId));
  if (query.role) grantConditions.push(eq(roleGrants.role, query.role));
  const conditions: SQL[] = [];
  if (grantConditions.length) {
    const grant = db
      .select({ one: sql`1` })
      .from(roleGrants)
      .where(and(eq(roleGrants.userId, users.id), ...grantConditions));
    conditions.push(exists(grant));
  }
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    conditions.push(or(ilike(users.username, pattern), ilike(users.displayName, pattern)) as SQL);
  }
  const rows = await db
    .select()
    .from(users)
    .where(and(...conditions))
    .orderBy(asc(users.displayName), asc(users.username))
    .limit(LIST_CAP);
  return userViews(db, actor, rows);
}

export async function getUser(db: Db, actor: Actor, id: string): Promise<UserT> {
  const { user } = await loadUserInScope(db, actor, "user.read", id);
  return userView(db, actor, user);
}
