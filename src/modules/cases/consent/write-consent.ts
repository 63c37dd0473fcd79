// Writes one consent giving (a decision per purpose) with its signer, timeline row, live event and audit event,
// inside the caller's transaction. Used by the in-person form and by the client's link.
import { recordAudit } from "../../../platform/audit/record.js";
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";
import type { Tx } from "../../../platform/db/connection.js";
import { AppError } from "../../../platform/http/errors.js";
import type { CaseRow } from "../case-access.js";
import { noteCaseStep } from "./case-note-event.js";
import { CONSENT_TEXT_VERSION, type ConsentPurpose } from "./consent-texts.js";
import type { SignerT } from "./contracts.js";
import { consentRecords } from "./schema.js";
import { checkSigner, signerColumns } from "./signer.js";

export interface ConsentGiving {
  decisions: { purpose: ConsentPurpose; granted: boolean }[];
  /** Already checked against the unit's active partners. */
  partnerIds: string[];
  signer: SignerT;
  child: boolean;
  method: "link" | "in_person";
  /** The officer recording it, or the one who sent the link. */
  recordedBy: string;
  linkId: string | null;
}

export async function writeConsent(tx: Tx, cipher: FieldCipher, row: CaseRow, giving: ConsentGiving): Promise<string[]> {
  const purposes = giving.decisions.map((d) => d.purpose);
  if (new Set(purposes).size !== purposes.length) {
    throw new AppError(400, "consent.purpose_duplicate", {}, [{ path: "decisions", message: "" }]);
  }
  checkSigner(giving.signer, giving.child);
  const signer = signerColumns(cipher, giving.signer);
  const now = new Date();
  const written = await tx
    .insert(consentRecords)
    .values(
      giving.decisions.map((d) => ({
        caseId: row.id,
        purpose: d.purpose,
        partnerIds: d.purpose === "partner_sharing" ? giving.partnerIds : [],
        granted: d.granted,
        textVersion: CONSENT_TEXT_VERSION,
        givenBy: giving.signer.givenBy,
        ...signer,
        method: giving.method,
        recordedBy: giving.recordedBy,
        linkId: giving.linkId,
        givenAt: now,
      })),
    )
    .returning({ id: consentRecords.id });
  const granted = giving.decisions.filter((d) => d.granted).map((d) => d.purpose);
  const refused = giving.decisions.filter((d) => !d.granted).map((d) => d.purpose);
  const details = {
    method: giving.method,
    givenBy: giving.signer.givenBy,
    granted: granted.join(","),
    refused: refused.join(","),
    textVersion: CONSENT_TEXT_VERSION,
    ...(giving.linkId ? { linkId: giving.linkId } : {}),
  };
  await noteCaseStep(tx, row, "consent_recorded", giving.recordedBy, details);
  await recordAudit(tx, {
    action: "consent.recorded",
    actorId: giving.method === "link" ? null : giving.recordedBy,
    unitId: row.unitId,
    targetType: "case",
    targetId: row.id,
    details: { ...details, recordIds: written.map((w) => w.id) },
  });
  return written.map((w) => w.id);
}
