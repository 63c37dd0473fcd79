// Pages through the audit log, newest first: all of it for installation administrators, their units' events otherwise.
import { and, desc, eq, gte, inArray, lt, lte, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { type Actor, scopeOf } from "../../platform/access/actor.js";
import { auditEvents } from "../../platform/audit/schema.js";
import type { Db } from "../../platform/db/connection.js";
import type { AuditEventT, AuditQuery } from "../people/contracts.js";
import { users } from "../people/schema.js";

export async function listAuditEvents(db: Db, actor: Actor, query: z.output<typeof AuditQuery>) {
  const empty = { events: [] as AuditEventT[], nextBefore: null };
  const scope = scopeOf(actor, "audit.read");
  if (scope !== "all" && (scope.size === 0 || (query.unitId && !scope.has(query.unitId)))) return empty;
  const conditions: SQL[] = [];
  // Events without a unit (sign-ins, settings, installation-wide changes) are for installation administrators only.
  if (scope !== "all") conditions.push(inArray(auditEvents.unitId, [...scope]));
  if (query.unitId) conditions.push(eq(auditEvents.unitId, query.unitId));
  if (query.action) conditions.push(eq(auditEvents.action, query.action));
  if (query.actorId) conditions.push(eq(auditEvents.actorId, query.actorId));
  if (query.from) conditions.push(gte(auditEvents.at, new Date(query.from)));
  if (query.to) conditions.push(lte(auditEvents.at, new Date(query.to)));
  if (query.before) conditions.push(lt(auditEvents.seq, query.before));
  const rows = await db
    .select({
      seq: auditEvents.seq,
      at: auditEvents.at,
      action: auditEvents.action,
      actorId: auditEvents.actorId,
      actorName: users.displayName,
      unitId: auditEvents.unitId,
      targetType: auditEvents.targetType,
      targetId: auditEvents.targetId,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.seq))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const events: AuditEventT[] = page.map((r) => ({
    ...r,
    at: r.at.toISOString(),
    actorName: r.actorName ?? null,
    details: (r.details ?? {}) as Record<string, unknown>,
  }));
  const last = page.at(-1);
  return { events, nextBefore: rows.length > query.limit && last ? last.seq : null };
}
