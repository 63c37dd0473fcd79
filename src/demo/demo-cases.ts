// Demo cases for the regency units at every stage of the workflow, moved through THE transition table like real ones.
import { and, eq } from "drizzle-orm";
import { openCaseForApproval } from "../modules/cases/open-case-for-approval.js";
import { applyCaseEvent } from "../modules/cases/send-case-event.js";
import type { CaseEvent } from "../modules/cases/transitions.js";
import { partners } from "../modules/people/schema.js";
import type { RiskLevel } from "../modules/reports/categories.js";
import { reports } from "../modules/reports/schema.js";
import type { Actor } from "../platform/access/actor.js";
import type { Role } from "../platform/access/roles.js";
import type { Tx } from "../platform/db/connection.js";
import type { AppContext } from "../platform/http/context.js";
import { makeReport, type ReportSpec } from "./report-factories.js";

type Stage = "awaiting" | "open" | "termination_requested" | "rejected";
type DemoCase = Omit<ReportSpec, "unitId" | "status" | "enteredBy"> & { risk: RiskLevel; stage: Stage; manager?: 0 | 1 };

const CASES: DemoCase[] = [
  {
    stage: "awaiting",
    risk: "high",
    category: "child",
    inDanger: true,
    victimName: "N. K.",
    victimBirthDate: "2014-02-11",
    violenceTypes: ["sexual"],
    chronology: "Ibu korban melapor anaknya disentuh tetangga saat bermain; korban takut pulang sendirian.",
  },
  {
    stage: "awaiting",
    risk: "medium",
    victimName: "Wulan Sari",
    violenceTypes: ["psychological", "neglect"],
    chronology: "Suami tidak memberi nafkah selama enam bulan dan melarang korban bekerja.",
  },
  {
    stage: "open",
    manager: 0,
    risk: "high",
    victimName: "Ratna Dewi",
    violenceTypes: ["physical", "psychological"],
    chronology: "Korban dipukul suami berulang kali; sekarang tinggal di rumah orang tuanya.",
  },
  {
    stage: "open",
    manager: 1,
    risk: "low",
    category: "child",
    victimName: "M. F.",
    victimBirthDate: "2011-10-05",
    violenceTypes: ["psychological"],
    chronology: "Murid dirundung teman sekelas melalui grup percakapan; orang tua meminta pendampingan.",
  },
  {
    stage: "termination_requested",
    manager: 0,
    risk: "low",
    victimName: "Yuliani",
    violenceTypes: ["physical"],
    chronology: "Korban dipukul mantan pacar; perkara sudah diputus dan korban sudah pulih.",
  },
  {
    stage: "rejected",
    risk: "low",
    victimName: "Sri Handayani",
    violenceTypes: ["other"],
    chronology: "Sengketa warisan antar saudara tanpa kekerasan; pelapor membutuhkan bantuan hukum perdata.",
  },
];

export interface DemoStaff {
  userId: string;
  role: Role;
  unitId: string | null;
}

const actorOf = (userId: string, role: Role, unitId: string): Actor => ({
  userId,
  sessionHash: "demo",
  stage: "full",
  grants: [{ role, unitId }],
  lang: "id",
});

/** Adds the demo cases of Jember and Surabaya; returns how many. */
export async function seedDemoCases(
  ctx: AppContext,
  tx: Tx,
  units: { key: string; id: string }[],
  staff: DemoStaff[],
): Promise<number> {
  let made = 0;
  for (const unit of units.filter((u) => u.key === "jember" || u.key === "surabaya")) {
    const of = (role: Role) => staff.filter((s) => s.role === role && s.unitId === unit.id).map((s) => s.userId);
    const [officer] = of("intake_officer");
    const [supervisor] = of("supervisor");
    const managers = of("case_manager");
    if (!officer || !supervisor || managers.length < 2) continue;
    const [legalAid] = await tx
      .select({ id: partners.id })
      .from(partners)
      .where(and(eq(partners.unitId, unit.id), eq(partners.kind, "legal_aid")));
    const boss = actorOf(supervisor, "supervisor", unit.id);
    for (const [i, { stage, risk, manager, ...spec }] of CASES.entries()) {
      const report = await makeReport(ctx, tx, {
        ...spec,
        channel: "walk_in",
        unitId: unit.id,
        status: "awaiting_approval",
        enteredBy: officer,
        createdAt: new Date(Date.now() - (CASES.length - i) * 86_400_000),
      });
      await tx
        .update(reports)
        .set({ riskLevel: risk, submittedBy: officer, submittedAt: new Date() })
        .where(eq(reports.id, report.id));
      const id = await openCaseForApproval(tx, {
        reportId: report.id,
        unitId: unit.id,
        submittedBy: officer,
        submittedAt: new Date(),
        riskLevel: risk,
      });
      let version = 1;
      const move = async (actor: Actor, event: CaseEvent, input: Record<string, string> = {}) => {
        await applyCaseEvent(tx, ctx, actor, id, { event, version, ...input });
        version++;
      };
      const caseManager = managers[manager ?? 0] as string;
      if (stage === "open" || stage === "termination_requested") await move(boss, "approve", { caseManagerId: caseManager });
      if (stage === "termination_requested") {
        await move(actorOf(caseManager, "case_manager", unit.id), "request_termination", { reason: "goals_met" });
      }
      if (stage === "rejected") {
        await move(boss, "reject", { reason: "referred_elsewhere", ...(legalAid ? { referralPartnerId: legalAid.id } : {}) });
      }
      made++;
    }
  }
  return made;
}
