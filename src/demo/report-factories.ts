// Factories for complaints (reports): the same realistic data feeds the demo and the tests.

import crypto from "node:crypto";
import type { Channel, ReportCategory, ReportStatus, ViolenceType } from "../modules/reports/categories.js";
import { blindIndex, seal } from "../modules/reports/identity.js";
import { pinHash } from "../modules/reports/public/report-secrets.js";
import { regionProblem } from "../modules/reports/regions/regions.js";
import { reports } from "../modules/reports/schema.js";
import { newPin, newTrackingCode } from "../modules/reports/tracking-code.js";
import { recordAudit } from "../platform/audit/record.js";
import type { Tx } from "../platform/db/connection.js";
import type { AppContext } from "../platform/http/context.js";

export interface ReportSpec {
  unitId: string;
  status?: ReportStatus;
  channel?: Channel;
  category?: ReportCategory;
  inDanger?: boolean;
  victimName?: string;
  victimBirthDate?: string | null;
  victimAge?: number | null;
  victimNik?: string | null;
  victimPhone?: string | null;
  reporterPhone?: string | null;
  violenceTypes?: ViolenceType[];
  /** A disability named by the reporter, e.g. "Tunarungu"; none by default. */
  victimDisabilityType?: string | null;
  /** The incident's day (ISO date); none by default. */
  incidentDate?: string | null;
  chronology?: string;
  regencyCode?: string;
  /** A district (6 digits) of the regency/city; none by default. */
  districtCode?: string | null;
  enteredBy?: string | null;
  createdAt?: Date;
}

export interface MadeReport {
  id: string;
  trackingCode: string;
  /** Only for public (web) reports. */
  pin: string | null;
}

export async function makeReport(ctx: AppContext, tx: Tx, spec: ReportSpec): Promise<MadeReport> {
  const c = ctx.cipher;
  const channel = spec.channel ?? "web";
  const category = spec.category ?? "woman";
  const pin = channel === "web" ? newPin() : null;
  const trackingCode = newTrackingCode();
  const victimName = spec.victimName ?? "Siti Aminah";
  const birth = spec.victimBirthDate === undefined ? (category === "child" ? "2013-04-17" : "1994-09-02") : spec.victimBirthDate;
  const regency = spec.regencyCode ?? "3509";
  const district = spec.districtCode ?? null;
  // Each reporter a number of their own: one shared number made every demo complaint a "same phone" duplicate of all.
  const reporterPhone = spec.reporterPhone ?? `0812-${crypto.randomInt(1000, 10_000)}-${crypto.randomInt(1000, 10_000)}`;
  if (regionProblem(regency.slice(0, 2), regency, district)) throw new Error(`no such region: ${regency} ${district}`);
  const [row] = await tx
    .insert(reports)
    .values({
      unitId: spec.unitId,
      trackingCode,
      // The same hash as a report sent through /lapor, so the made PIN opens /lapor/status.
      pinHash: pin ? pinHash(c, trackingCode, pin) : null,
      status: spec.status ?? "received",
      channel,
      category,
      inDanger: spec.inDanger ?? false,
      reporterRelation: "neighbour",
      reporterPhoneEnc: seal(c, "reporter_phone", reporterPhone),
      reporterPhoneBidx: blindIndex(c, "phone", reporterPhone),
      contactMethod: "whatsapp",
      safeTimeEnc: seal(c, "safe_time", "Pagi, 09.00-11.00"),
      victimNameEnc: seal(c, "victim_name", victimName),
      victimNameBidx: blindIndex(c, "name", victimName),
      victimBirthDateEnc: seal(c, "victim_birth_date", birth),
      victimBirthDateBidx: blindIndex(c, "birth_date", birth),
      victimAge: spec.victimAge ?? (category === "child" ? 13 : 32),
      victimSex: "female",
      victimDisability: Boolean(spec.victimDisabilityType),
      victimDisabilityTypeEnc: seal(c, "victim_disability_type", spec.victimDisabilityType ?? null),
      victimNikEnc: seal(c, "victim_nik", spec.victimNik ?? null),
      victimNikBidx: blindIndex(c, "nik", spec.victimNik ?? null),
      victimPhoneEnc: seal(c, "victim_phone", spec.victimPhone ?? null),
      victimPhoneBidx: blindIndex(c, "phone", spec.victimPhone ?? null),
      provinceCode: regency.slice(0, 2),
      regencyCode: regency,
      districtCode: district,
      violenceTypes: spec.violenceTypes ?? ["physical", "psychological"],
      incidentPlace: "household",
      incidentDate: spec.incidentDate ?? null,
      chronologyEnc: seal(
        c,
        "chronology",
        spec.chronology ?? "Tetangga sering mendengar teriakan dan pukulan dari rumah korban pada malam hari.",
      ),
      perpetratorRelationship: "spouse",
      enteredBy: spec.enteredBy ?? null,
      ...(spec.createdAt ? { createdAt: spec.createdAt, updatedAt: spec.createdAt } : {}),
    })
    .returning({ id: reports.id, trackingCode: reports.trackingCode });
  if (!row) throw new Error("report not created");
  await recordAudit(tx, {
    action: channel === "web" ? "report.submitted" : "report.created",
    actorId: spec.enteredBy ?? null,
    unitId: spec.unitId,
    targetType: "report",
    targetId: row.id,
    details: { source: "factory", channel },
  });
  return { id: row.id, trackingCode: row.trackingCode, pin };
}
