// Prepares a sent public report for storing: checks the form key and the form, then seals and builds its rows (pure, no I/O).
import crypto from "node:crypto";
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";
import { jsonRow } from "../../../platform/db/insert-json-rows.js";
import { seal } from "../identity.js";
import { EMPTY_DETAILS, type IntakeFieldsT } from "../intake/contracts.js";
import { intakeColumns } from "../intake/intake-values.js";
import { reportEvidence, reports } from "../schema.js";
import { newTrackingCode } from "../tracking-code.js";
import { type CheckedForm, checkReportForm, type FormValues } from "./check-report-form.js";
import type { FieldErrors, PublicReportFormT } from "./contracts.js";
import { cleanFileName, type EvidenceFile, type EvidenceLimits, sniffEvidenceType } from "./evidence-file.js";
import { idempotencyKeyValid, pinFor, pinHash } from "./report-secrets.js";
import type { PendingReport } from "./store-reports.js";

export type PreparedReport =
  /** A form key that this installation did not sign (forged, garbled, missing). */
  | { kind: "bad_key" }
  | { kind: "invalid"; errors: FieldErrors }
  /** Sealed and built, ready for the report writer. */
  | { kind: "ready"; pending: PendingReport };

/** The public form in the intake form's shape, so identity fields are sealed by the same code as the console's. */
function asIntakeFields(form: PublicReportFormT): IntakeFieldsT {
  return {
    channel: "web",
    postId: null,
    category: form.category,
    inDanger: form.inDanger,
    riskLevel: null,
    reporterRelation: form.reporterRelation,
    reporterName: form.reporterName,
    reporterPhone: form.contactMethod === "none" ? null : form.reporterPhone,
    contactMethod: form.contactMethod,
    safeTime: form.contactMethod === "none" ? null : form.safeTime,
    victimName: form.victimName,
    victimNik: null,
    victimBirthDate: form.victimBirthDate,
    victimAge: form.victimAge,
    victimSex: form.victimSex,
    victimPhone: null,
    victimDisability: form.victimDisability ?? false,
    victimDisabilityType: form.victimDisabilityType,
    victimEducation: null,
    victimOccupation: null,
    victimMaritalStatus: null,
    provinceCode: form.provinceCode,
    regencyCode: form.regencyCode,
    districtCode: form.districtCode,
    violenceTypes: form.violenceTypes,
    incidentPlace: form.incidentPlace,
    incidentDate: form.incidentDate,
    incidentLocation: form.incidentLocation,
    chronology: form.chronology,
    perpetrator: form.perpetrator,
    perpetratorRelationship: form.perpetratorRelationship,
    details: EMPTY_DETAILS,
  } as IntakeFieldsT;
}

/** The report's rows: identity sealed, tracking code, PIN and its hash made, evidence sealed, each row as JSON text. */
function pendingReport(cipher: FieldCipher, form: PublicReportFormT, files: EvidenceFile[]): PendingReport {
  const pin = pinFor(cipher, form.idempotencyKey);
  const trackingCode = newTrackingCode();
  const id = crypto.randomUUID();
  return {
    key: form.idempotencyKey,
    id,
    pin,
    inDanger: form.inDanger,
    category: form.category,
    row: jsonRow(reports, intakeColumns({ cipher }, asIntakeFields(form)), {
      id,
      victimDisability: form.victimDisability,
      channel: "web",
      trackingCode,
      pinHash: pinHash(cipher, trackingCode, pin),
      status: "received",
      idempotencyKey: form.idempotencyKey,
    }),
    evidence: files.map((file) => {
      const mimeType = sniffEvidenceType(file.bytes);
      if (!mimeType) throw new Error("evidence type checked before storing");
      return jsonRow(reportEvidence, {
        reportId: id,
        fileNameEnc: seal(cipher, "evidence_name", cleanFileName(file.fileName)),
        mimeType,
        sizeBytes: file.bytes.length,
        contentEnc: seal(cipher, "evidence_content", file.bytes.toString("base64")),
      });
    }),
  };
}

/**
 * Everything of a sent report that needs no database: the form key's signature, the form's rules, and the sealing and
 * building of its rows. Pure but for randomness (ids, IVs): nothing is stored until the report writer has it.
 */
export function prepareReport(
  cipher: FieldCipher,
  values: FormValues,
  files: EvidenceFile[],
  limits: EvidenceLimits,
  /** A file was cut off while reading, at the size limit: refused with the form's other errors, nothing sealed. */
  oversizedFile = false,
): PreparedReport {
  const key = [values.idempotencyKey ?? ""].flat()[0] ?? "";
  if (!idempotencyKeyValid(cipher, key)) return { kind: "bad_key" };
  const checked: CheckedForm = checkReportForm(values, files, limits);
  if (!checked.ok || oversizedFile) {
    const errors = checked.ok ? {} : checked.errors;
    if (oversizedFile) errors.evidence = "evidence_size";
    return { kind: "invalid", errors };
  }
  return { kind: "ready", pending: pendingReport(cipher, checked.form, files) };
}
