// An officer writes to the reporter (read on /lapor/status), and reads the thread with the reporter's replies (marking them read).
import { and, asc, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { Db } from "../../../platform/db/connection.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { users } from "../../people/schema.js";
import { seal, unseal } from "../identity.js";
import { reportMessages, reports } from "../schema.js";
import type { MessageBody, ReportMessageT } from "./contracts.js";
import { loadReport, type ReportRow } from "./report-access.js";

/** The thread, oldest first. Reading it marks the reporter's replies read: the complaint then leaves the queue if closed. */
export async function listMessages(ctx: AppContext, actor: Actor, reportId: string): Promise<ReportMessageT[]> {
  const db = ctx.database.db;
  const report = await loadReport(db, actor, "report.handle", reportId);
  if (report.unreadReplies > 0) await markRepliesRead(db, report);
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

async function markRepliesRead(db: Db, report: Pick<ReportRow, "id" | "unitId">): Promise<void> {
  await db.transaction(async (tx) => {
    // After any reply being stored (it locks the same row): a reply committed between the two updates below would
    // otherwise stay unread with its count set to 0, and so drop out of the queue unseen.
    await tx.select({ id: reports.id }).from(reports).where(eq(reports.id, report.id)).for("update");
    const read = await tx
      .update(reportMessages)
      .set({ readAt: new Date() })
      .where(
        and(eq(reportMessages.reportId, report.id), eq(reportMessages.direction, "from_reporter"), isNull(reportMessages.readAt)),
      )
      .returning({ id: reportMessages.id });
    await tx.update(reports).set({ unreadReplies: 0 }).where(eq(reports.id, report.id));
    // The other officers' queues drop its "new reply" mark.
    if (read.length > 0) await publishEvent(tx, { type: "report.updated", unitId: report.unitId, id: report.id, data: {} });
  });
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
