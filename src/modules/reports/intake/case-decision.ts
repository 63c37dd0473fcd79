// What became of a complaint sent for approval, for those who took it in: pending, approved (register number) or rejected
// (reason code and the partner agency suggested for referral). The case's outcome only, never its details.
import { eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/connection.js";
import { cases } from "../../cases/schema.js";
import { partners } from "../../people/schema.js";
import { type CaseDecisionT, evidenceOpen } from "./contracts.js";

export async function caseDecisionOf(tx: Tx, reportId: string): Promise<CaseDecisionT | null> {
  const [row] = await tx
    .select({
      status: cases.status,
      registerNumber: cases.registerNumber,
      closeReason: cases.closeReason,
      approvedAt: cases.approvedAt,
      closedAt: cases.closedAt,
      partner: partners.name,
    })
    .from(cases)
    .leftJoin(partners, eq(partners.id, cases.referralPartnerId))
    .where(eq(cases.reportId, reportId));
  if (!row) return null;
  if (row.status === "awaiting_approval") {
    return { outcome: "pending", registerNumber: null, reason: null, referralPartner: null, decidedAt: null };
  }
  // Approval (or reopening a rejection) numbers the case; a rejected complaint keeps none.
  if (row.registerNumber) {
    return {
      outcome: "approved",
      registerNumber: row.registerNumber,
      reason: null,
      referralPartner: null,
      decidedAt: row.approvedAt?.toISOString() ?? null,
    };
  }
  return {
    outcome: "rejected",
    registerNumber: null,
    reason: row.closeReason as CaseDecisionT["reason"],
    referralPartner: row.partner,
    decidedAt: row.closedAt?.toISOString() ?? null,
  };
}

/** Whether officers may still attach and take back files on the complaint (`evidenceOpen`, its case read when it has one). */
export async function evidenceOpenFor(tx: Tx, row: { id: string; status: string }): Promise<boolean> {
  if (row.status !== "awaiting_approval") return evidenceOpen(row.status, null);
  return evidenceOpen(row.status, (await caseDecisionOf(tx, row.id))?.outcome ?? null);
}
