// Submits a public report: sealed here, stored by the process's report writer in a batch; a replay of the same form returns the first.
import crypto from "node:crypto";
import type { Database } from "../../../platform/db/connection.js";
import { jsonRow } from "../../../platform/db/insert-json-rows.js";
import { WriteBatcher } from "../../../platform/db/write-batcher.js";
import type { AppContext } from "../../../platform/http/context.js";
import { seal } from "../identity.js";
import type { IntakeFieldsT } from "../intake/contracts.js";
import { intakeColumns } from "../intake/intake-values.js";
import { reportEvidence, reports } from "../schema.js";
import { newTrackingCode } from "../tracking-code.js";
import type { PublicReportFormT } from "./contracts.js";
import { cleanFileName, type EvidenceFile, sniffEvidenceType } from "./evidence-file.js";
import { pinFor, pinHash } from "./report-secrets.js";
import { type PendingReport, type SubmittedReport, storeReports } from "./store-reports.js";

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
    details: {
      victimAddressKtp: null,
      victimAddressDomicile: null,
      reporterAddress: null,
      conditionPhysical: null,
      conditionPsychological: null,
      conditionSocial: null,
      conditionSpiritual: null,
      needs: null,
      expectations: null,
    },
  } as IntakeFieldsT;
}

/** One writer per database: reports arriving while a batch is being stored go out together in the next one. */
const writers = new WeakMap<Database, WriteBatcher<PendingReport, SubmittedReport>>();

function writerFor(ctx: AppContext): WriteBatcher<PendingReport, SubmittedReport> {
  let writer = writers.get(ctx.database);
  if (!writer) {
    const database = ctx.database;
    writer = new WriteBatcher((batch) => storeReports(database, batch), {
      maxItems: 100,
      // Evidence is stored in the same statement: keep a batch's payload to a few megabytes.
      weight: (r) => r.evidence.reduce((n, e) => n + e.json.length, 0),
      maxWeight: 8 * 1024 * 1024,
      retrySingly: true,
    });
    writers.set(ctx.database, writer);
  }
  return writer;
}

/** Seals the report here, then waits until the batch holding it has committed; the answer never comes before. */
export async function submitPublicReport(
  ctx: AppContext,
  form: PublicReportFormT,
  files: EvidenceFile[],
): Promise<SubmittedReport> {
  const pin = pinFor(ctx.cipher, form.idempotencyKey);
  const trackingCode = newTrackingCode();
  const id = crypto.randomUUID();
  const pending: PendingReport = {
    key: form.idempotencyKey,
    id,
    pin,
    inDanger: form.inDanger,
    category: form.category,
    row: jsonRow(reports, intakeColumns(ctx, asIntakeFields(form)), {
      id,
      victimDisability: form.victimDisability,
      channel: "web",
      trackingCode,
      pinHash: pinHash(ctx.cipher, trackingCode, pin),
      status: "received",
      idempotencyKey: form.idempotencyKey,
    }),
    evidence: files.map((file) => {
      const mimeType = sniffEvidenceType(file.bytes);
      if (!mimeType) throw new Error("evidence type checked before storing");
      return jsonRow(reportEvidence, {
        reportId: id,
        fileNameEnc: seal(ctx.cipher, "evidence_name", cleanFileName(file.fileName)),
        mimeType,
        sizeBytes: file.bytes.length,
        contentEnc: seal(ctx.cipher, "evidence_content", file.bytes.toString("base64")),
      });
    }),
  };
  return writerFor(ctx).push(pending);
}
