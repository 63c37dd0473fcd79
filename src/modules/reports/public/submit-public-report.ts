// Stores a public report in one transaction (report, evidence, audit, live event); a replay of the same form returns the first.
import { eq } from "drizzle-orm";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { seal } from "../identity.js";
import type { IntakeFieldsT } from "../intake/contracts.js";
import { intakeColumns } from "../intake/intake-values.js";
import { reportEvidence, reports } from "../schema.js";
import { newTrackingCode } from "../tracking-code.js";
import type { PublicReportFormT } from "./contracts.js";
import { cleanFileName, type EvidenceFile, sniffEvidenceType } from "./evidence-file.js";
import { pinFor, pinHash } from "./report-secrets.js";
import { routeUnit } from "./route-unit.js";

/** A replay of the same form within this time is shown the PIN again (a lost answer, a double tap); later, only the code. */
export const PIN_REPLAY_HOURS = 24;

export interface SubmittedReport {
  trackingCode: string;
  /** Null on a replay after PIN_REPLAY_HOURS. */
  pin: string | null;
  inDanger: boolean;
  /** True when this form had already been sent: the first report is answered again, nothing new is stored. */
  replayed: boolean;
}

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

export async function submitPublicReport(
  ctx: AppContext,
  form: PublicReportFormT,
  files: EvidenceFile[],
): Promise<SubmittedReport> {
  const pin = pinFor(ctx.cipher, form.idempotencyKey);
  return ctx.database.db.transaction(async (tx) => {
    const unitId = await routeUnit(tx, form.provinceCode, form.regencyCode);
    const trackingCode = newTrackingCode();
    const columns = intakeColumns(ctx, asIntakeFields(form));
    const [row] = await tx
      .insert(reports)
      .values({
        ...columns,
        victimDisability: form.victimDisability,
        channel: "web",
        unitId,
        trackingCode,
        pinHash: pinHash(ctx.cipher, trackingCode, pin),
        status: "received",
        idempotencyKey: form.idempotencyKey,
      } as typeof reports.$inferInsert)
      .onConflictDoNothing({ target: reports.idempotencyKey })
      .returning({ id: reports.id, unitId: reports.unitId });
    if (!row) {
      const [first] = await tx
        .select({ trackingCode: reports.trackingCode, inDanger: reports.inDanger, createdAt: reports.createdAt })
        .from(reports)
        .where(eq(reports.idempotencyKey, form.idempotencyKey));
      if (!first) throw new Error("idempotent report not found");
      const fresh = Date.now() - first.createdAt.getTime() < PIN_REPLAY_HOURS * 3_600_000;
      return { trackingCode: first.trackingCode, pin: fresh ? pin : null, inDanger: first.inDanger, replayed: true };
    }
    for (const file of files) {
      const mimeType = sniffEvidenceType(file.bytes);
      if (!mimeType) throw new Error("evidence type checked before storing");
      await tx.insert(reportEvidence).values({
        reportId: row.id,
        fileNameEnc: seal(ctx.cipher, "evidence_name", cleanFileName(file.fileName)),
        mimeType,
        sizeBytes: file.bytes.length,
        contentEnc: seal(ctx.cipher, "evidence_content", file.bytes.toString("base64")),
      });
    }
    await publishEvent(tx, { type: "report.received", unitId: row.unitId, id: row.id, data: { inDanger: form.inDanger } });
    await recordAudit(tx, {
      action: "report.submitted",
      actorId: null,
      unitId: row.unitId,
      targetType: "report",
      targetId: row.id,
      details: { channel: "web", category: form.category, inDanger: form.inDanger, evidence: files.length },
    });
    return { trackingCode, pin, inDanger: form.inDanger, replayed: false };
  });
}
