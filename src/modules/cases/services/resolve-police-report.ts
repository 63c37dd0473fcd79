// Meets or waives (with a sealed reason) a sexual-violence case's police-report deadline: once, while the case is not closed.
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import type { MeetPoliceReportBody, PoliceReportT, WaivePoliceReportBody } from "./contracts.js";
import { policeReportDue, policeReportOf } from "./police-deadline.js";
import { policeReportDeadlines } from "./schema.js";
import { noteServiceStep } from "./service-step.js";
import { loadServicesCase, requireNotClosed } from "./services-access.js";
import { sealServices } from "./services-seal.js";

export type Resolution =
  | ({ kind: "met" } & z.output<typeof MeetPoliceReportBody>)
  | ({ kind: "waived" } & z.output<typeof WaivePoliceReportBody>);

export async function resolvePoliceReport(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  body: Resolution,
): Promise<PoliceReportT> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadServicesCase(tx, actor, "case.plan", caseId, true);
    requireNotClosed(row);
    const dueAt = await policeReportDue(tx, row);
    if (!dueAt) throw new AppError(409, "services.police_not_applicable");
    const now = new Date();
    const metAt = body.kind === "met" && body.reportedAt ? new Date(body.reportedAt) : now;
    if (metAt > now) throw new AppError(400, "services.future_time", {}, [{ path: "reportedAt", message: "" }]);
    const values =
      body.kind === "met"
        ? { metAt, metBy: actor.userId, referenceEnc: sealServices(ctx.cipher, "police_reference", body.reference) }
        : {
            waivedAt: now,
            waivedBy: actor.userId,
            waiveReasonEnc: sealServices(ctx.cipher, "police_waive_reason", body.reason),
          };
    const [stored] = await tx
      .insert(policeReportDeadlines)
      .values({ caseId: row.id, dueAt, recordedAt: now, ...values })
      .onConflictDoNothing()
      .returning({ caseId: policeReportDeadlines.caseId });
    if (!stored) throw new AppError(409, "services.police_resolved");
    const event = body.kind === "met" ? "police_report_met" : "police_report_waived";
    const details = { withinDeadline: (body.kind === "met" ? metAt : now) <= dueAt };
    await noteServiceStep(tx, row, event, actor.userId, details);
    await recordAudit(tx, {
      action: body.kind === "met" ? "police_report.met" : "police_report.waived",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "case",
      targetId: row.id,
      details: { ...details, dueAt: dueAt.toISOString() },
    });
    return (await policeReportOf(tx, ctx.cipher, row, now)) as PoliceReportT;
  });
}
