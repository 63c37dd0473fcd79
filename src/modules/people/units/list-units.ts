// Units the actor may see: all for installation-wide roles, else those where they hold unit.read.
import { asc, eq, inArray } from "drizzle-orm";
import { type Actor, requireUnit, scopeOf } from "../../../platform/access/actor.js";
import type { Db } from "../../../platform/db/connection.js";
import { AppError } from "../../../platform/http/errors.js";
import { units } from "../schema.js";
import { unitView } from "./unit-views.js";

export async function listUnits(db: Db, actor: Actor) {
  const scope = scopeOf(actor, "unit.read");
  if (scope !== "all" && scope.size === 0) return [];
  const query = db.select().from(units).orderBy(asc(units.kind), asc(units.name));
  const rows = scope === "all" ? await query : await query.where(inArray(units.id, [...scope]));
  return rows.map(unitView);
}

export async function getUnit(db: Db, actor: Actor, id: string) {
  requireUnit(actor, "unit.read", id);
  const [row] = await db.select().from(units).where(eq(units.id, id));
  if (!row) throw new AppError(404, "error.not_found");
  return unitView(row);
}
