// The intake form edits a complaint in intake; a stale version (someone saved first) answers 409.
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { STAFF_CHANNELS } from "../categories.js";
import { reports } from "../schema.js";
import type { IntakeUpdateBody, ReportFactsT } from "./contracts.js";
import { checkPost } from "./create-intake-report.js";
import { checkIntake, intakeColumns } from "./intake-values.js";
import { loadReport, requireVersion, touched } from "./report-access.js";
import { factsView } from "./report-views.js";

/** Columns compared for the audit's list of changed fields (names only). */
const PLAIN = [
  "channel",
  "postId",
  "category",
  "inDanger",
  "riskLevel",
  "victimAge",
  "victimSex",
  "regencyCode",
  "incidentPlace",
] as const;

export async function updateIntakeReport(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: z.output<typeof IntakeUpdateBody>,
): Promise<ReportFactsT> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadReport(tx, actor, "report.handle", id, true);
    requireVersion(row, body.version);
    if (row.status !== "in_intake") throw new AppError(409, "intake.wrong_status");
    checkIntake(body);
    // The post a complaint was received at stays its post after the post closes; another post must be open.
    if (body.postId !== row.postId) await checkPost(tx, row.unitId, body.postId);
    // A public report keeps its channel: the intake form can only choose among staff channels.
    const columns = intakeColumns(ctx, body);
    if (row.channel === "web" || row.channel === "panic_button") {
      columns.channel = row.channel;
      columns.postId = row.postId;
    } else if (!(STAFF_CHANNELS as readonly string[]).includes(body.channel)) {
      throw new AppError(400, "error.validation", { fields: "channel" }, [{ path: "channel", message: "" }]);
    }
    const [updated] = await tx
      .update(reports)
      // A plain disability type from before migration 0013 goes with the edit, which writes it sealed.
      .set({ ...columns, victimDisabilityTypePlain: null, ...touched() })
      .where(and(eq(reports.id, id), eq(reports.version, row.version)))
      .returning();
    if (!updated) throw new AppError(409, "intake.stale");
    const changed = PLAIN.filter((k) => row[k] !== updated[k]);
    if (row.riskLevel !== updated.riskLevel) {
      await recordAudit(tx, {
        action: "report.risk_changed",
        actorId: actor.userId,
        unitId: row.unitId,
        targetType: "report",
        targetId: id,
        details: { from: row.riskLevel, to: updated.riskLevel },
      });
    }
    await publishEvent(tx, { type: "report.updated", unitId: row.unitId, id });
    await recordAudit(tx, {
      action: "report.intake_updated",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "report",
      targetId: id,
      details: { changedPlain: changed, version: updated.version },
    });
    return factsView(tx, ctx.cipher, updated);
  });
}
