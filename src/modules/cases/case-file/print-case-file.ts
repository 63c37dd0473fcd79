// Prints a case file: loads the case for its own case manager or an overseer, gathers and redacts it, audits the print, renders the PDF.
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { loadServicesCase } from "../services/services-access.js";
import type { PrintMode } from "./case-file-types.js";
import { mayShowChildIdentity } from "./child-identity.js";
import type { CaseFileVariant } from "./contracts.js";
import { gatherCaseFile } from "./gather-case-file.js";
import { redactCaseFile } from "./redact-case-file.js";
import { renderCaseFile } from "./render-case-file.js";

export interface PrintedCaseFile {
  pdf: Buffer;
  /** For the download's file name: the register number, or the case id before approval. */
  reference: string;
}

export async function printCaseFile(
  ctx: AppContext,
  actor: Actor,
  id: string,
  variant: CaseFileVariant,
): Promise<PrintedCaseFile> {
  // One transaction: the file is read and its printing recorded together (read committed, so the audit chain
  // append sees the latest event).
  const { file, mode } = await ctx.database.db.transaction(async (tx) => {
    // Printing takes the whole file out of the system: only the case's own case manager and the unit's head and
    // supervisors (case.oversee) may. Anyone else who sees the case (a provider holding an intervention, even with the
    // case_manager role; the intake officer before approval) gets 403; a case outside the visibility predicate 404.
    const row = await loadServicesCase(tx, actor, "case.file.print", id);
    const mode: PrintMode = { variant, childIdentityShown: mayShowChildIdentity(actor, row) };
    const gathered = await gatherCaseFile(tx, ctx.cipher, row, actor.userId);
    const isChild = gathered.facts.category === "child";
    await recordAudit(tx, {
      action: "case.file_printed",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "case",
      targetId: row.id,
      details: { variant, category: gathered.facts.category, childIdentityShown: isChild && mode.childIdentityShown },
    });
    return { file: redactCaseFile(gathered, mode), mode };
  });
  return { pdf: await renderCaseFile(file, mode), reference: file.facts.registerNumber ?? file.facts.caseId };
}
