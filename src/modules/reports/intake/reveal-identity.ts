// Reveals a complaint's identity and narrative fields to an officer; every reveal is an audit event.
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { disabilityTypeOf, unseal } from "../identity.js";
import type { ReportIdentityT } from "./contracts.js";
import { loadReport, type ReportRow } from "./report-access.js";
import { readDetails } from "./report-views.js";

type I = ReportIdentityT;

export function identityView(ctx: AppContext, row: ReportRow): ReportIdentityT {
  const c = ctx.cipher;
  return {
    reporterName: unseal(c, "reporter_name", row.reporterNameEnc),
    reporterPhone: unseal(c, "reporter_phone", row.reporterPhoneEnc),
    safeTime: unseal(c, "safe_time", row.safeTimeEnc),
    victimName: unseal(c, "victim_name", row.victimNameEnc),
    victimBirthDate: unseal(c, "victim_birth_date", row.victimBirthDateEnc),
    victimNik: unseal(c, "victim_nik", row.victimNikEnc),
    victimPhone: unseal(c, "victim_phone", row.victimPhoneEnc),
    victimDisabilityType: disabilityTypeOf(c, row),
    victimEducation: row.victimEducation as I["victimEducation"],
    victimOccupation: row.victimOccupation as I["victimOccupation"],
    victimMaritalStatus: row.victimMaritalStatus as I["victimMaritalStatus"],
    incidentLocation: unseal(c, "incident_location", row.incidentLocationEnc),
    chronology: unseal(c, "chronology", row.chronologyEnc),
    perpetrator: unseal(c, "perpetrator", row.perpetratorEnc),
    closeNote: unseal(c, "close_note", row.closeNoteEnc),
    details: readDetails(c, row),
  };
}

export async function revealIdentity(ctx: AppContext, actor: Actor, id: string): Promise<ReportIdentityT> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadReport(tx, actor, "report.identity.read", id);
    await recordAudit(tx, {
      action: "report.identity_read",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "report",
      targetId: row.id,
      details: { category: row.category },
    });
    return identityView(ctx, row);
  });
}
