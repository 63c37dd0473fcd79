// The evidence of a case's complaint, for those who may read the case's identity (head, supervisors, its manager). Audited.
import type { Actor } from "../../platform/access/actor.js";
import type { Tx } from "../../platform/db/connection.js";
import type { AppContext } from "../../platform/http/context.js";
import { type EvidenceOwner, evidenceFile, evidenceList } from "../reports/intake/report-evidence.js";
import { loadCase } from "./case-access.js";

async function caseOwner(tx: Tx, actor: Actor, caseId: string): Promise<EvidenceOwner> {
  const row = await loadCase(tx, actor, "case.identity.read", caseId);
  return { reportId: row.reportId, unitId: row.unitId, action: "case.evidence_read", targetType: "case", targetId: row.id };
}

export const listCaseEvidence = (ctx: AppContext, actor: Actor, caseId: string) =>
  ctx.database.db.transaction(async (tx) => evidenceList(ctx, tx, actor, await caseOwner(tx, actor, caseId)));

export const readCaseEvidence = (ctx: AppContext, actor: Actor, caseId: string, evidenceId: string) =>
  ctx.database.db.transaction(async (tx) => evidenceFile(ctx, tx, actor, await caseOwner(tx, actor, caseId), evidenceId));
