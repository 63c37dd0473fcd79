// Creating a unit (installation administrators) and editing one (its administrators too).
import { and, eq, ne } from "drizzle-orm";
import type { z } from "zod";
import { type Actor, requireInstallationWide, requireUnit } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { Tx } from "../../../platform/db/connection.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { regionName } from "../../reports/regions/regions.js";
import type { UnitBody, UnitPatch } from "../contracts.js";
import { units } from "../schema.js";
import { unitView } from "./unit-views.js";

async function checkParent(tx: Tx, kind: string | undefined, parentId: string | null | undefined): Promise<void> {
  if (!parentId) return;
  const [parent] = await tx.select().from(units).where(eq(units.id, parentId));
  if (!parent) throw new AppError(400, "error.unknown_unit", {}, [{ path: "parentId", message: "" }]);
  if (parent.kind !== "province" || kind === "province") {
    throw new AppError(400, "error.parent_must_be_province", {}, [{ path: "parentId", message: "" }]);
  }
}

/**
 * A unit serves one real region of its kind (a province: 2 digits, a regency/city: 4), inside its parent province,
 * and no other unit serves it: public reports are routed and register numbers are made by that code.
 */
async function checkRegion(
  tx: Tx,
  unit: { kind: string; regionCode: string; parentId: string | null },
  selfId: string | null,
): Promise<void> {
  const field = [{ path: "regionCode", message: "" }];
  const length = unit.kind === "province" ? 2 : 4;
  if (unit.regionCode.length !== length || regionName(unit.regionCode) === null) {
    throw new AppError(400, "error.unknown_region", {}, field);
  }
  if (unit.parentId) {
    const [parent] = await tx.select({ regionCode: units.regionCode }).from(units).where(eq(units.id, unit.parentId));
    if (parent && !unit.regionCode.startsWith(parent.regionCode))
      throw new AppError(400, "error.region_outside_parent", {}, field);
  }
  const sameCode = eq(units.regionCode, unit.regionCode);
  const [taken] = await tx
    .select({ id: units.id })
    .from(units)
    .where(selfId ? and(sameCode, ne(units.id, selfId)) : sameCode)
    .limit(1);
  if (taken) throw new AppError(409, "error.region_taken", {}, field);
}

export async function createUnit(ctx: AppContext, actor: Actor, body: z.output<typeof UnitBody>) {
  requireInstallationWide(actor, "unit.manage");
  return ctx.database.db.transaction(async (tx) => {
    await checkParent(tx, body.kind, body.parentId);
    await checkRegion(tx, { kind: body.kind, regionCode: body.regionCode, parentId: body.parentId ?? null }, null);
    const [row] = await tx
      .insert(units)
      .values({ ...body, parentId: body.parentId ?? null })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await recordAudit(tx, {
      action: "unit.created",
      actorId: actor.userId,
      unitId: row.id,
      targetType: "unit",
      targetId: row.id,
    });
    return unitView(row);
  });
}

export async function updateUnit(ctx: AppContext, actor: Actor, id: string, patch: z.output<typeof UnitPatch>) {
  requireUnit(actor, "unit.manage", id);
  // Moving a unit under another province, or changing its kind, is an installation-level decision.
  if (patch.parentId !== undefined || patch.kind !== undefined) requireInstallationWide(actor, "unit.manage");
  return ctx.database.db.transaction(async (tx) => {
    const [current] = await tx.select().from(units).where(eq(units.id, id)).for("update");
    if (!current) throw new AppError(404, "error.not_found");
    if (patch.parentId === id) throw new AppError(400, "error.parent_must_be_province", {}, [{ path: "parentId", message: "" }]);
    await checkParent(tx, patch.kind ?? current.kind, patch.parentId);
    if (patch.regionCode !== undefined || patch.kind !== undefined || patch.parentId !== undefined) {
      const parentId = patch.parentId !== undefined ? patch.parentId : current.parentId;
      await checkRegion(
        tx,
        { kind: patch.kind ?? current.kind, regionCode: patch.regionCode ?? current.regionCode, parentId },
        id,
      );
    }
    if (Object.keys(patch).length === 0) return unitView(current);
    const [row] = await tx.update(units).set(patch).where(eq(units.id, id)).returning();
    if (!row) throw new AppError(404, "error.not_found");
    await recordAudit(tx, {
      action: "unit.updated",
      actorId: actor.userId,
      unitId: id,
      targetType: "unit",
      targetId: id,
      details: { fields: Object.keys(patch).sort() },
    });
    return unitView(row);
  });
}
