// Creates the case of a complaint the intake officer sends for approval, in the submitting transaction (status awaiting_approval).
import { recordAudit } from "../../platform/audit/record.js";
import type { Tx } from "../../platform/db/connection.js";
import { publishEvent } from "../../platform/realtime/publish.js";
import { caseEvents, cases } from "./schema.js";

export interface SubmittedComplaint {
  reportId: string;
  unitId: string;
  submittedBy: string;
  submittedAt: Date;
  riskLevel: string | null;
}

/** Returns the new case's id. No register number yet: the unit's series counts approved cases only. */
export async function openCaseForApproval(tx: Tx, complaint: SubmittedComplaint): Promise<string> {
  const [row] = await tx
    .insert(cases)
    .values({
      unitId: complaint.unitId,
      reportId: complaint.reportId,
      status: "awaiting_approval",
      submittedBy: complaint.submittedBy,
      submittedAt: complaint.submittedAt,
      riskLevel: complaint.riskLevel,
    })
    .returning({ id: cases.id });
  if (!row) throw new Error("case not created");
  await tx.insert(caseEvents).values({
    caseId: row.id,
    event: "submit",
    fromStatus: null,
    toStatus: "awaiting_approval",
    actorId: complaint.submittedBy,
    at: complaint.submittedAt,
    details: { reportId: complaint.reportId },
  });
  await publishEvent(tx, { type: "case.changed", unitId: complaint.unitId, id: row.id, data: { status: "awaiting_approval" } });
  await recordAudit(tx, {
    action: "case.opened_for_approval",
    actorId: complaint.submittedBy,
    unitId: complaint.unitId,
    targetType: "case",
    targetId: row.id,
    details: { reportId: complaint.reportId, riskLevel: complaint.riskLevel },
  });
  return row.id;
}
