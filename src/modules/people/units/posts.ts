// Complaint posts (pos pengaduan) of a unit: list, create, edit.
import { asc, eq } from "drizzle-orm";
import type { z } from "zod";
import { type Actor, requireUnit } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import type { PostBody, PostPatch } from "../contracts.js";
import { posts, units } from "../schema.js";
import { postView } from "./unit-views.js";

export async function listPosts(ctx: AppContext, actor: Actor, unitId: string) {
  requireUnit(actor, "unit.read", unitId);
  const rows = await ctx.database.db.select().from(posts).where(eq(posts.unitId, unitId)).orderBy(asc(posts.name));
  return rows.map(postView);
}

export async function createPost(ctx: AppContext, actor: Actor, unitId: string, body: z.output<typeof PostBody>) {
  requireUnit(actor, "unit.manage", unitId);
  return ctx.database.db.transaction(async (tx) => {
    const [unit] = await tx.select({ id: units.id }).from(units).where(eq(units.id, unitId));
    if (!unit) throw new AppError(404, "error.not_found");
    const [row] = await tx
      .insert(posts)
      .values({ ...body, unitId })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await recordAudit(tx, { action: "post.created", actorId: actor.userId, unitId, targetType: "post", targetId: row.id });
    return postView(row);
  });
}

export async function updatePost(ctx: AppContext, actor: Actor, id: string, patch: z.output<typeof PostPatch>) {
  return ctx.database.db.transaction(async (tx) => {
    const [current] = await tx.select().from(posts).where(eq(posts.id, id)).for("update");
    if (!current) throw new AppError(404, "error.not_found");
    requireUnit(actor, "unit.manage", current.unitId);
    if (Object.keys(patch).length === 0) return postView(current);
    const [row] = await tx.update(posts).set(patch).where(eq(posts.id, id)).returning();
    if (!row) throw new AppError(404, "error.not_found");
    await recordAudit(tx, {
      action: "post.updated",
      actorId: actor.userId,
      unitId: current.unitId,
      targetType: "post",
      targetId: id,
      details: { fields: Object.keys(patch).sort() },
    });
    return postView(row);
  });
}
