// The termination forms of a case with their feedback (comments unsealed for the staff who may see the case).
import { desc, eq } from "drizzle-orm";
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";
import type { Tx } from "../../../platform/db/connection.js";
import { users } from "../../people/schema.js";
import { unsealConsent } from "./consent-seal.js";
import type { TerminationFormT } from "./contracts.js";
import { caseFeedback, terminationForms } from "./schema.js";

export async function terminationFormsOf(tx: Tx, cipher: FieldCipher, caseId: string): Promise<TerminationFormT[]> {
  const rows = await tx
    .select({ f: terminationForms, by: users.displayName, fb: caseFeedback })
    .from(terminationForms)
    .innerJoin(users, eq(users.id, terminationForms.recordedBy))
    .leftJoin(caseFeedback, eq(caseFeedback.terminationFormId, terminationForms.id))
    .where(eq(terminationForms.caseId, caseId))
    .orderBy(desc(terminationForms.signedAt));
  return rows.map(({ f, by, fb }) => ({
    id: f.id,
    caseId: f.caseId,
    textVersion: f.textVersion,
    signedBy: f.signedBy as TerminationFormT["signedBy"],
    guardianRelationship: f.guardianRelationship as TerminationFormT["guardianRelationship"],
    signatureKind: f.signatureKind as TerminationFormT["signatureKind"],
    method: f.method as TerminationFormT["method"],
    recordedBy: { id: f.recordedBy, displayName: by },
    linkId: f.linkId,
    signedAt: f.signedAt.toISOString(),
    feedback: {
      declined: fb?.declined ?? true,
      respectful: fb?.respectful ?? null,
      clearInformation: fb?.clearInformation ?? null,
      timelyHelp: fb?.timelyHelp ?? null,
      feltSafe: fb?.feltSafe ?? null,
      wouldRecommend: fb?.wouldRecommend ?? null,
      comments: unsealConsent(cipher, "feedback_comments", fb?.commentsEnc),
    },
  }));
}
