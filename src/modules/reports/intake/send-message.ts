// An officer writes to the reporter (read on /lapor/status), and reads the thread with the reporter's replies.
import { asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { users } from "../../people/schema.js";
import { seal, unseal } from "../identity.js";
import { reportMessages } from "../schema.js";
import type { MessageBody, ReportMessageT } from "./contracts.js";
import { loadReport } from "./report-access.js";

export async function listMessages(ctx: AppContext, actor: Actor, reportId: string): Promise<ReportMessageT[]> {
  const db = ctx.database.db;
  await loadReport(db, actor, "report.handle", reportId);
  const rows = await db
    .select({ m: reportMessages, authorName: users.displayName })
    .from(reportMessages)
    .leftJoin(users, eq(users.id, reportMessages.authorId))
    .where(eq(reportMessages.reportId, reportId))
    .orderBy(asc(reportMessages.createdAt));
  return rows.map(({ m, authorName }) => ({
    id: m.id,
    direction: m.direction as ReportMessageT["direction"],
    body: unseal(ctx.cipher, "message", m.bodyEnc),
    authorName,
    readAt: m.readAt?.toISOString() ?? null,
    createdAt: m.createdAt.toISOString(),
  }));
}

export async function sendMessage(
  ctx: AppContext,
  actor: Actor,
  reportId: string,
  body: z.output<typeof MessageBody>,
): Promise<ReportMessageT> {
  return ctx.database.db.transaction(async (tx) => {
    const report = await loadReport(tx, actor, "report.handle", reportId);
    // Only a public report has a reporter who can read messages (tracking code and PIN).
    if (!report.pinHash) throw new AppError(409, "intake.no_reporter_channel");
    const [row] = await tx
      .insert(reportMessages)
      .values({ reportId, direction: "to_reporter", authorId: actor.userId, bodyEnc: seal(ctx.cipher, "message", body.body) })
      .returning();
    if (!row) throw new Error("message not written");
    await publishEvent(tx, { type: "report.message", unitId: report.unitId, id: reportId, data: { direction: "to_reporter" } });
    await recordAudit(tx, {
      action: "report.message_sent",
      actorId: actor.userId,
      unitId: report.unitId,
      targetType: "report",
      targetId: reportId,
      details: { messageId: row.id },
    });
    const [me] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, actor.userId));
    return {
      id: row.id,
      direction: "to_reporter",
      body: body.body,
      authorName: me?.name ?? null,
      readAt: null,
      createdAt: row.createdAt.toISOString(),
    };
  });
}
