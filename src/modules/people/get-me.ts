// The signed-in user's own profile, roles (with unit names) and permissions, for the console.
import { eq } from "drizzle-orm";
import { type Actor, permissionsOf } from "../../platform/access/actor.js";
import type { Db } from "../../platform/db/connection.js";
import { AppError } from "../../platform/http/errors.js";
import type { MeT } from "./contracts.js";
import { roleGrants, units, users } from "./schema.js";

export async function loadGrantViews(db: Db, userId: string) {
  const rows = await db
    .select({ role: roleGrants.role, unitId: roleGrants.unitId, unitName: units.name })
    .from(roleGrants)
    .leftJoin(units, eq(units.id, roleGrants.unitId))
    .where(eq(roleGrants.userId, userId));
  return rows as MeT["roles"];
}

export async function getMe(db: Db, actor: Actor): Promise<MeT> {
  const { stage } = actor;
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user) throw new AppError(401, "error.unauthenticated");
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    locale: user.locale === "en" ? "en" : "id",
    profession: user.profession as MeT["profession"],
    totpEnabled: user.totpEnabled,
    roles: await loadGrantViews(db, user.id),
    permissions: stage === "full" ? permissionsOf(actor) : [],
    mfaEnrolmentRequired: stage === "enrolment_only",
  };
}

export async function updateMyLocale(db: Db, actor: Actor, locale: "id" | "en"): Promise<MeT> {
  await db.update(users).set({ locale }).where(eq(users.id, actor.userId));
  return getMe(db, actor);
}
