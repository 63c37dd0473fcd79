// An officer records an attempt to reach the reporter or victim (method, outcome, sealed note); lists the log.
import { asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { users } from "../../people/schema.js";
import { seal, unseal } from "../identity.js";
import { contactAttempts } from "../schema.js";
import type { ContactAttempt, ContactAttemptBody, ContactAttemptT } from "./contracts.js";
import { loadReport } from "./report-access.js";

type Method = z.infer<typeof ContactAttempt>["method"];

export async function listContactAttempts(ctx: AppContext, actor: Actor, reportId: string): Promise<ContactAttemptT[]> {
  const db = ctx.database.db;
  await loadReport(db, actor, "report.handle", reportId);
  const rows = await db
    .select({ a: contactAttempts, actorName: users.displayName })
    .from(contactAttempts)
    .leftJoin(users, eq(users.id, contactAttempts.actorId))
    .where(eq(contactAttempts.reportId, reportId))
    .orderBy(asc(contactAttempts.createdAt));
  return rows.map(({ a, actorName }) => ({
    id: a.id,
    method: a.method as Method,
    outcome: a.outcome as ContactAttemptT["outcome"],
    note: unseal(ctx.cipher, "contact_note", a.noteEnc),
    actorId: a.actorId,
    actorName,
    createdAt: a.createdAt.toISOString(),
  }));
}

export async function logContactAttempt(
  ctx: AppContext,
  actor: Actor,
  reportId: string,
  body: z.output<typeof ContactAttemptBody>,
): Promise<ContactAttemptT> {
  return ctx.database.db.transaction(async (tx) => {
    const report = await loadReport(tx, actor, "report.handle", reportId);
    const [row] = await tx
      .insert(contactAttempts)
      .values({
        reportId,
        actorId: actor.userId,
        method: body.method,
        outcome: body.outcome,
        noteEnc: seal(ctx.cipher, "contact_note", body.note),
      })
      .returning();
    if (!row) throw new Error("contact attempt not written");
    await publishEvent(tx, { type: "report.updated", unitId: report.unitId, id: reportId });
    await recordAudit(tx, {
      action: "report.contact_logged",
      actorId: actor.userId,
      unitId: report.unitId,
      targetType: "report",
      targetId: reportId,
      details: { attemptId: row.id, method: body.method, outcome: body.outcome },
    });
    const [me] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, actor.userId));
    return {
      id: row.id,
      method: body.method,
      outcome: body.outcome,
      note: body.note,
      actorId: actor.userId,
      actorName: me?.name ?? null,
      createdAt: row.createdAt.toISOString(),
    };
  });
}
