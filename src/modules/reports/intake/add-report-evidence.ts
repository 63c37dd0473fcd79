// An officer attaches a file to a complaint in intake (a scanned letter, a photo sent over WhatsApp): sealed, type read from its bytes, audited.
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { users } from "../../people/schema.js";
import { sniffEvidenceType } from "../public/evidence-file.js";
import { evidenceCount, MAX_EVIDENCE_PER_REPORT, storeEvidence } from "../store-evidence.js";
import { evidenceOpenFor } from "./case-decision.js";
import type { EvidenceItemT, EvidenceUploadBody } from "./contracts.js";
import { loadReport } from "./report-access.js";

/** The largest JSON body an upload may be: the file's base64 at the configured size, and room for its name. */
export const evidenceBodyLimit = (ctx: AppContext) => Math.ceil(ctx.config.evidenceMaxBytes / 3) * 4 + 4096;

export async function addReportEvidence(
  ctx: AppContext,
  actor: Actor,
  reportId: string,
  body: z.output<typeof EvidenceUploadBody>,
): Promise<EvidenceItemT> {
  const bytes = Buffer.from(body.contentBase64, "base64");
  if (!sniffEvidenceType(bytes) || bytes.length > ctx.config.evidenceMaxBytes) {
    const mb = Math.round((ctx.config.evidenceMaxBytes / (1024 * 1024)) * 10) / 10;
    throw new AppError(400, "intake.evidence_invalid", { mb }, [{ path: "contentBase64", message: "" }]);
  }
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadReport(tx, actor, "report.handle", reportId, true);
    if (!(await evidenceOpenFor(tx, row))) throw new AppError(409, "intake.wrong_status");
    if ((await evidenceCount(tx, row.id)) >= MAX_EVIDENCE_PER_REPORT)
      throw new AppError(409, "intake.evidence_full", { max: MAX_EVIDENCE_PER_REPORT });
    const stored = await storeEvidence(tx, ctx.cipher, row, { fileName: body.fileName, bytes }, actor.userId);
    // Colleagues with the complaint open see its evidence count change (and an opened list refresh) without a reload.
    await publishEvent(tx, { type: "report.updated", unitId: row.unitId, id: row.id });
    const [me] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, actor.userId));
    // Its uploader may take it back while the complaint is open (withdraw-report-evidence.ts).
    return { ...stored, uploadedByName: me?.name ?? null, withdrawable: true };
  });
}
