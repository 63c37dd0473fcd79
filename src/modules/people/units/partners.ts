// Partner agencies (police, social services, LPSK, hospitals, ...) of a unit: list, create, edit.
import { asc, eq } from "drizzle-orm";
import type { z } from "zod";
import { type Actor, requireUnit } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import type { PartnerBody, PartnerPatch } from "../contracts.js";
import { partners, units } from "../schema.js";
import { partnerView } from "./unit-views.js";

export async function listPartners(ctx: AppContext, actor: Actor, unitId: string) {
  requireUnit(actor, "unit.read", unitId);
  const rows = await ctx.database.db.select().from(partners).where(eq(partners.unitId, unitId)).orderBy(asc(partners.name));
  return rows.map(partnerView);
}

export async function createPartner(ctx: AppContext, actor: Actor, unitId: string, body: z.output<typeof PartnerBody>) {
  requireUnit(actor, "unit.manage", unitId);
  return ctx.database.db.transaction(async (tx) => {
    const [unit] = await tx.select({ id: units.id }).from(units).where(eq(units.id, unitId));
    if (!unit) throw new AppError(404, "error.not_found");
    const [row] = await tx
      .insert(partners)
      .values({ ...body, unitId })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await recordAudit(tx, { action: "partner.created", actorId: actor.userId, unitId, targetType: "partner", targetId: row.id });
    return partnerView(row);
  });
}

export async function updatePartner(ctx: AppContext, actor: Actor, id: string, patch: z.output<typeof PartnerPatch>) {
  return ctx.database.db.transaction(async (tx) => {
    const [current] = await tx.select().from(partners).where(eq(partners.id, id)).for("update");
    if (!current) throw new AppError(404, "error.not_found");
    requireUnit(actor, "unit.manage", current.unitId);
    if (Object.keys(patch).length === 0) return partnerView(current);
    const [row] = await tx.update(partners).set(patch).where(eq(partners.id, id)).returning();
    if (!row) throw new AppError(404, "error.not_found");
    await recordAudit(tx, {
      action: "partner.updated",
      actorId: actor.userId,
      unitId: current.unitId,
      targetType: "partner",
      targetId: id,
      details: { fields: Object.keys(patch).sort() },
    });
    return partnerView(row);
  });
}
