// An intake officer enters a complaint from another channel on the intake form: it starts in intake directly, once per form.
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { type Actor, requireUnit } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { Tx } from "../../../platform/db/connection.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { posts } from "../../people/schema.js";
import { reports } from "../schema.js";
import { newTrackingCode } from "../tracking-code.js";
import type { IntakeCreateBody, ReportFactsT } from "./contracts.js";
import { checkIntake, intakeColumns } from "./intake-values.js";
import { factsView } from "./report-views.js";

/** The complaint post must be an active post of the same unit. */
export async function checkPost(tx: Tx, unitId: string, postId: string | null): Promise<void> {
  if (!postId) return;
  const [post] = await tx
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.id, postId), eq(posts.unitId, unitId), eq(posts.active, true)));
  if (!post) throw new AppError(400, "intake.post_unknown", {}, [{ path: "postId", message: "" }]);
}

export async function createIntakeReport(
  ctx: AppContext,
  actor: Actor,
  body: z.output<typeof IntakeCreateBody>,
): Promise<ReportFactsT> {
  requireUnit(actor, "intake.create", body.unitId);
  checkIntake(body);
  // Kept apart from the public form's keys (report-secrets.ts), which never start so.
  const idempotencyKey = body.formKey ? `console:${body.formKey}` : null;
  return ctx.database.db.transaction(async (tx) => {
    if (idempotencyKey) {
      const [saved] = await tx.select().from(reports).where(eq(reports.idempotencyKey, idempotencyKey));
      // The same officer saving the same form again: the complaint already stored. Anyone else's key: the insert refuses it.
      if (saved && saved.enteredBy === actor.userId && saved.unitId === body.unitId) return factsView(tx, ctx.cipher, saved);
    }
    await checkPost(tx, body.unitId, body.postId);
    const [row] = await tx
      .insert(reports)
      .values({
        ...intakeColumns(ctx, body),
        unitId: body.unitId,
        trackingCode: newTrackingCode(),
        idempotencyKey,
        status: "in_intake",
        enteredBy: actor.userId,
        decidedBy: actor.userId,
        decidedAt: new Date(),
      } as typeof reports.$inferInsert)
      .returning();
    if (!row) throw new Error("report not written");
    await publishEvent(tx, { type: "report.received", unitId: row.unitId, id: row.id, data: { inDanger: row.inDanger } });
    await recordAudit(tx, {
      action: "report.created",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "report",
      targetId: row.id,
      details: { channel: row.channel, postId: row.postId, category: row.category, riskLevel: row.riskLevel },
    });
    return factsView(tx, ctx.cipher, row);
  });
}
