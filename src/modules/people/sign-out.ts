// Signing out of this session, or of every session the user has.
import type { Actor } from "../../platform/access/actor.js";
import { recordAudit } from "../../platform/audit/record.js";
import type { AppContext } from "../../platform/http/context.js";
import { endAllSessions, endSession } from "./sessions.js";

export async function signOut(ctx: AppContext, actor: Actor): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await endSession(tx, actor.sessionHash);
    await recordAudit(tx, { action: "auth.signed_out", actorId: actor.userId, targetType: "user", targetId: actor.userId });
  });
}

export async function signOutEverywhere(ctx: AppContext, actor: Actor): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await endAllSessions(tx, actor.userId);
    await recordAudit(tx, {
      action: "auth.signed_out_everywhere",
      actorId: actor.userId,
      targetType: "user",
      targetId: actor.userId,
    });
  });
}
