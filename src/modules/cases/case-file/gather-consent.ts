// Reads a case's consent records, signed termination forms and feedback for its file (signatures themselves are never printed).
import { asc, eq, inArray } from "drizzle-orm";
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";
import type { Tx } from "../../../platform/db/connection.js";
import { partners } from "../../people/schema.js";
import { unsealConsent } from "../consent/consent-seal.js";
import { caseFeedback, consentRecords, terminationForms } from "../consent/schema.js";
import type { ConsentEntry, FeedbackEntry, TerminationEntry } from "./case-file-types.js";

const SURVEY = ["respectful", "clearInformation", "timelyHelp", "feltSafe", "wouldRecommend"] as const;

export async function readConsentRecords(tx: Tx, cipher: FieldCipher, caseId: string, nameOf: (id: string | null) => string) {
  const consents = await tx
    .select()
    .from(consentRecords)
    .where(eq(consentRecords.caseId, caseId))
    .orderBy(asc(consentRecords.givenAt), asc(consentRecords.id));
  const forms = await tx
    .select()
    .from(terminationForms)
    .where(eq(terminationForms.caseId, caseId))
    .orderBy(asc(terminationForms.signedAt), asc(terminationForms.id));
  const feedback = await tx
    .select()
    .from(caseFeedback)
    .where(eq(caseFeedback.caseId, caseId))
    .orderBy(asc(caseFeedback.createdAt), asc(caseFeedback.id));
  const partnerIds = [...new Set(consents.flatMap((c) => c.partnerIds))];
  const partnerNames = new Map(
    partnerIds.length
      ? (await tx.select({ id: partners.id, name: partners.name }).from(partners).where(inArray(partners.id, partnerIds))).map(
          (p) => [p.id, p.name] as const,
        )
      : [],
  );
  return {
    staffIds: [...consents.flatMap((c) => [c.recordedBy, c.withdrawnBy]), ...forms.map((f) => f.recordedBy)].filter(
      (id): id is string => id !== null,
    ),
    /** Builds the records once the staff names are known. */
    records: (): { consents: ConsentEntry[]; terminationForms: TerminationEntry[]; feedback: FeedbackEntry[] } => ({
      consents: consents.map((c) => ({
        givenAt: c.givenAt,
        purpose: c.purpose,
        partners: c.partnerIds.map((id) => partnerNames.get(id) ?? ""),
        granted: c.granted,
        textVersion: c.textVersion,
        givenBy: c.givenBy,
        guardianName: unsealConsent(cipher, "guardian_name", c.guardianNameEnc),
        guardianRelationship: c.guardianRelationship,
        signatureKind: c.signatureKind,
        method: c.method,
        recordedBy: nameOf(c.recordedBy),
        withdrawnAt: c.withdrawnAt,
        withdrawnBy: c.withdrawnBy ? nameOf(c.withdrawnBy) : null,
        withdrawalReason: unsealConsent(cipher, "withdrawal_reason", c.withdrawalReasonEnc),
      })),
      terminationForms: forms.map((f) => ({
        signedAt: f.signedAt,
        textVersion: f.textVersion,
        signedBy: f.signedBy,
        guardianName: unsealConsent(cipher, "guardian_name", f.guardianNameEnc),
        guardianRelationship: f.guardianRelationship,
        signatureKind: f.signatureKind,
        method: f.method,
        recordedBy: nameOf(f.recordedBy),
      })),
      feedback: feedback.map((f) => ({
        at: f.createdAt,
        declined: f.declined,
        scores: SURVEY.map((q) => ({ question: q, score: f[q] })),
        comments: unsealConsent(cipher, "feedback_comments", f.commentsEnc),
      })),
    }),
  };
}
