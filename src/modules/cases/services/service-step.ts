// Writes a services step on the case timeline (status unchanged; ids and codes only, no text) and tells the console live.
import type { Tx } from "../../../platform/db/connection.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import type { CaseRow } from "../case-access.js";
import { caseEvents } from "../schema.js";

export type ServicesTimelineEvent =
  | "assessment_started"
  | "assessment_finalised"
  | "service_plan_saved"
  | "service_plan_agreed"
  | "intervention_status_changed"
  | "intervention_session_recorded"
  | "intervention_attachment_added"
  | "police_report_met"
  | "police_report_waived";

export async function noteServiceStep(
  tx: Tx,
  row: Pick<CaseRow, "id" | "unitId" | "status" | "caseManagerId">,
  event: ServicesTimelineEvent,
  actorId: string,
  details: Record<string, string | number | boolean | null>,
): Promise<void> {
  await tx
    .insert(caseEvents)
    .values({ caseId: row.id, event, fromStatus: row.status, toStatus: row.status, actorId, at: new Date(), details });
  await publishEvent(tx, {
    type: "case.changed",
    unitId: row.unitId,
    id: row.id,
    data: { status: row.status, caseManagerId: row.caseManagerId, step: event },
  });
}
