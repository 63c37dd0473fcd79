// The 3x24 h police-report deadline of a sexual-violence case (UU TPKS): due 72 hours after the victim's report, until met or waived.
import { eq } from "drizzle-orm";
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";
import type { Tx } from "../../../platform/db/connection.js";
import { reports } from "../../reports/schema.js";
import type { CaseRow } from "../case-access.js";
import type { PoliceReportT } from "./contracts.js";
import { policeReportDeadlines } from "./schema.js";
import { unsealServices } from "./services-seal.js";

export const POLICE_REPORT_HOURS = 72;

/** When the police report is due, or null when the case is not about sexual violence. */
export async function policeReportDue(tx: Tx, row: Pick<CaseRow, "reportId">): Promise<Date | null> {
  const [report] = await tx
    .select({ violenceTypes: reports.violenceTypes, reportedAt: reports.createdAt })
    .from(reports)
    .where(eq(reports.id, row.reportId));
  if (!report?.violenceTypes.includes("sexual")) return null;
  return new Date(report.reportedAt.getTime() + POLICE_REPORT_HOURS * 3_600_000);
}

export async function policeReportOf(
  tx: Tx,
  cipher: FieldCipher,
  row: Pick<CaseRow, "id" | "reportId">,
  now = new Date(),
): Promise<PoliceReportT | null> {
  const dueAt = await policeReportDue(tx, row);
  if (!dueAt) return null;
  const [done] = await tx.select().from(policeReportDeadlines).where(eq(policeReportDeadlines.caseId, row.id));
  const state = done?.metAt ? "met" : done?.waivedAt ? "waived" : now > dueAt ? "overdue" : "pending";
  return {
    dueAt: dueAt.toISOString(),
    state,
    metAt: done?.metAt?.toISOString() ?? null,
    reference: unsealServices(cipher, "police_reference", done?.referenceEnc),
    waivedAt: done?.waivedAt?.toISOString() ?? null,
    waiveReason: unsealServices(cipher, "police_waive_reason", done?.waiveReasonEnc),
  };
}
