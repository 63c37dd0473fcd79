// THE status table of a complaint at intake: from, event, to, permission. No other code writes reports.status.
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import { requireUnit } from "../../../platform/access/actor.js";
import type { Permission } from "../../../platform/access/permissions.js";
import type { Tx } from "../../../platform/db/connection.js";
import { AppError } from "../../../platform/http/errors.js";
import type { ReportStatus } from "../categories.js";
import { reports } from "../schema.js";
import { type ReportRow, touched } from "./report-access.js";

export const REPORT_EVENTS = ["accept", "mark_duplicate", "mark_not_a_case", "submit_for_approval"] as const;
export type ReportEvent = (typeof REPORT_EVENTS)[number];

export interface ReportTransition {
  from: ReportStatus;
  event: ReportEvent;
  to: ReportStatus;
  permission: Permission;
}

export const REPORT_TRANSITIONS: readonly ReportTransition[] = [
  { from: "received", event: "accept", to: "in_intake", permission: "report.handle" },
  { from: "received", event: "mark_duplicate", to: "duplicate", permission: "report.handle" },
  { from: "in_intake", event: "mark_duplicate", to: "duplicate", permission: "report.handle" },
  { from: "received", event: "mark_not_a_case", to: "not_a_case", permission: "report.handle" },
  { from: "in_intake", event: "mark_not_a_case", to: "not_a_case", permission: "report.handle" },
  { from: "in_intake", event: "submit_for_approval", to: "awaiting_approval", permission: "report.handle" },
];

export function findTransition(from: string, event: ReportEvent): ReportTransition | undefined {
  return REPORT_TRANSITIONS.find((t) => t.from === from && t.event === event);
}

/** The events the actor may fire from a status (the console shows these as buttons). */
export function eventsFrom(status: string): ReportEvent[] {
  return REPORT_TRANSITIONS.filter((t) => t.from === status).map((t) => t.event);
}

type Extra = Partial<
  Pick<
    typeof reports.$inferInsert,
    "duplicateOfId" | "closeReason" | "closeNoteEnc" | "decidedBy" | "decidedAt" | "submittedBy" | "submittedAt"
  >
>;

/** Moves a loaded (and locked) report along the table; 409 when the event does not apply to its status. */
export async function applyTransition(
  tx: Tx,
  actor: Actor,
  row: ReportRow,
  event: ReportEvent,
  extra: Extra = {},
): Promise<ReportRow> {
  const transition = findTransition(row.status, event);
  if (!transition) throw new AppError(409, "intake.wrong_status");
  requireUnit(actor, transition.permission, row.unitId);
  const [updated] = await tx
    .update(reports)
    .set({ ...extra, status: transition.to, ...touched() })
    .where(and(eq(reports.id, row.id), eq(reports.status, row.status), eq(reports.version, row.version)))
    .returning();
  if (!updated) throw new AppError(409, "intake.stale");
  return updated;
}
