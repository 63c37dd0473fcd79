// The signed-in user's own profile, roles (with unit names) and permissions, for the console: one query.
import { eq, sql } from "drizzle-orm";
import { type Actor, permissionsOf } from "../../platform/access/actor.js";
import type { AppContext } from "../../platform/http/context.js";
import { AppError } from "../../platform/http/errors.js";
import type { MeT } from "./contracts.js";
import { users } from "./schema.js";

export async function getMe(ctx: AppContext, actor: Actor): Promise<MeT> {
  const [user] = await ctx.database.db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      locale: users.locale,
      profession: users.profession,
      totpEnabled: users.totpEnabled,
      roles: sql<MeT["roles"] | string>`coalesce((
        SELECT json_agg(json_build_object('role', g.role, 'unitId', g.unit_id, 'unitName', un.name) ORDER BY g.role, un.name)
        FROM role_grants g LEFT JOIN units un ON un.id = g.unit_id WHERE g.user_id = "users"."id"), '[]'::json)`,
    })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (!user) throw new AppError(401, "error.unauthenticated");
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    locale: user.locale === "en" ? "en" : "id",
    profession: user.profession as MeT["profession"],
    totpEnabled: user.totpEnabled,
    roles: typeof user.roles === "string" ? JSON.parse(user.roles) : user.roles,
    permissions: actor.stage === "full" ? permissionsOf(actor) : [],
    mfaEnrolmentRequired: actor.stage === "enrolment_only",
    sessionIdleMinutes: ctx.config.sessionIdleMinutes,
  };
}

export async function updateMyLocale(ctx: AppContext, actor: Actor, locale: "id" | "en"): Promise<MeT> {
  await ctx.database.db.update(users).set({ locale }).where(eq(users.id, actor.userId));
  return getMe(ctx, actor);
}
