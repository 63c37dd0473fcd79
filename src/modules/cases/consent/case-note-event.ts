// Writes a consent or termination step on the case timeline (status unchanged, ids and codes only) and tells the console live.
import type { Tx } from "../../../platform/db/connection.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import type { CaseRow } from "../case-access.js";
import { caseEvents } from "../schema.js";

export type ConsentTimelineEvent =
  | "client_link_created"
  | "client_link_revoked"
  | "consent_recorded"
  | "consent_withdrawn"
  | "termination_form_recorded";

export async function noteCaseStep(
  tx: Tx,
  row: Pick<CaseRow, "id" | "unitId" | "status" | "caseManagerId">,
  event: ConsentTimelineEvent,
  actorId: string,
  details: Record<string, string | number | boolean | null>,
  status: string = row.status,
): Promise<void> {
  await tx
    .insert(caseEvents)
    .values({ caseId: row.id, event, fromStatus: status, toStatus: status, actorId, at: new Date(), details });
  await publishEvent(tx, {
    type: "case.changed",
    unitId: row.unitId,
    id: row.id,
    data: { status, caseManagerId: row.caseManagerId, step: event },
  });
}
