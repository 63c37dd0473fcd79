// Reads a sexual-violence case's 3x24 h police-report deadline for its file, as it stands when printed (UU TPKS).
import { eq } from "drizzle-orm";
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";
import type { Tx } from "../../../platform/db/connection.js";
import type { CaseRow } from "../case-access.js";
import { policeReportDue } from "../services/police-deadline.js";
import { policeReportDeadlines } from "../services/schema.js";
import { unsealServices } from "../services/services-seal.js";
import type { PoliceReportRecord } from "./case-file-types.js";

/** `record` is null when the case is not about sexual violence; `now` (the print time) tells pending from overdue. */
export async function readPoliceReport(tx: Tx, cipher: FieldCipher, row: CaseRow, now: Date) {
  const dueAt = await policeReportDue(tx, row);
  const [done] = dueAt ? await tx.select().from(policeReportDeadlines).where(eq(policeReportDeadlines.caseId, row.id)) : [];
  return {
    staffIds: [done?.metBy, done?.waivedBy].filter((id): id is string => Boolean(id)),
    record: (nameOf: (id: string | null) => string): PoliceReportRecord | null =>
      dueAt
        ? {
            dueAt,
            state: done?.metAt ? "met" : done?.waivedAt ? "waived" : now > dueAt ? "overdue" : "pending",
            metAt: done?.metAt ?? null,
            metBy: done?.metBy ? nameOf(done.metBy) : null,
            reference: unsealServices(cipher, "police_reference", done?.referenceEnc),
            waivedAt: done?.waivedAt ?? null,
            waivedBy: done?.waivedBy ? nameOf(done.waivedBy) : null,
            waiveReason: unsealServices(cipher, "police_waive_reason", done?.waiveReasonEnc),
          }
        : null,
  };
}
