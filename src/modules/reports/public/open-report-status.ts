// The reporter opens /lapor/status with code and PIN: the stage and the message thread, nothing else; unit messages become read.
import { and, asc, eq, isNull } from "drizzle-orm";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { cases } from "../../cases/schema.js";
import { units } from "../../people/schema.js";
import { type ReporterStage, reporterStage } from "../categories.js";
import { unseal } from "../identity.js";
import { reportMessages, reports } from "../schema.js";
import { normaliseTrackingCode } from "../tracking-code.js";
import { pinMatches, signStatusProof } from "./report-secrets.js";
import { giveBackPinAttempt, statusLocked, takePinAttempt } from "./status-attempts.js";

export interface StatusMessage {
  fromUnit: boolean;
  body: string;
  createdAt: Date;
}
export interface ReportStatusView {
  trackingCode: string;
  stage: ReporterStage;
  messages: StatusMessage[];
  timeZone: string;
  proof: string;
}
export type OpenResult = { kind: "ok"; view: ReportStatusView } | { kind: "wrong" } | { kind: "locked"; retrySeconds: number };

export const TO_REPORTER = "to_reporter";
export const FROM_REPORTER = "from_reporter";

/** Finds a report by its code for the reporter; null for an unknown code or a staff-entered complaint. */
export async function findReporterReport(ctx: AppContext, trackingCode: string) {
  const [row] = await ctx.database.db
    .select({
      id: reports.id,
      unitId: reports.unitId,
      status: reports.status,
      pinHash: reports.pinHash,
      code: reports.trackingCode,
    })
    .from(reports)
    .where(eq(reports.trackingCode, trackingCode));
  return row?.pinHash ? row : null;
}

/** Stage and thread of a report the reporter has proven to hold; marks the unit's messages read. */
export async function statusView(ctx: AppContext, reportId: string): Promise<ReportStatusView> {
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ code: reports.trackingCode, status: reports.status, caseStatus: cases.status, timeZone: units.timeZone })
      .from(reports)
      .innerJoin(units, eq(units.id, reports.unitId))
      .leftJoin(cases, eq(cases.reportId, reports.id))
      .where(eq(reports.id, reportId));
    if (!row) throw new Error("report vanished");
    const messages = await tx
      .select()
      .from(reportMessages)
      .where(eq(reportMessages.reportId, reportId))
      .orderBy(asc(reportMessages.createdAt));
    await tx
      .update(reportMessages)
      .set({ readAt: new Date() })
      .where(
        and(eq(reportMessages.reportId, reportId), eq(reportMessages.direction, TO_REPORTER), isNull(reportMessages.readAt)),
      );
    return {
      trackingCode: row.code,
      stage: reporterStage(row.status, row.caseStatus),
      timeZone: row.timeZone,
      proof: signStatusProof(ctx.cipher, reportId),
      messages: messages.map((m) => ({
        fromUnit: m.direction === TO_REPORTER,
        body: unseal(ctx.cipher, "message", m.bodyEnc),
        createdAt: m.createdAt,
      })),
    };
  });
}

export async function openReportStatus(ctx: AppContext, codeInput: string, pinInput: string): Promise<OpenResult> {
  const trackingCode = normaliseTrackingCode(codeInput.slice(0, 40));
  const pin = pinInput.replace(/\s/g, "");
  const db = ctx.database.db;
  const lockedFor = await statusLocked(db, trackingCode);
  if (lockedFor !== null) return { kind: "locked", retrySeconds: lockedFor };
  const noneLeft = await takePinAttempt(ctx.database, trackingCode);
  if (noneLeft !== null) return { kind: "locked", retrySeconds: noneLeft };
  const report = await findReporterReport(ctx, trackingCode);
  if (!report || !/^\d{6}$/.test(pin) || !pinMatches(ctx.cipher, trackingCode, pin, report.pinHash)) {
    if (report) {
      await recordAudit(db, {
        action: "report.status_pin_failed",
        actorId: null,
        unitId: report.unitId,
        targetType: "report",
        targetId: report.id,
        details: { locked: (await statusLocked(db, trackingCode)) !== null },
      });
    }
    return { kind: "wrong" };
  }
  await giveBackPinAttempt(db, trackingCode);
  return { kind: "ok", view: await statusView(ctx, report.id) };
}
