// The client enters the short code of a consent or termination link: a wrong one is counted (five kill the link), the right one opens the form.
import { eq, sql } from "drizzle-orm";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { codeHash, sameHash, signProof } from "../../reports/verification/link-secrets.js";
import { MAX_CODE_FAILURES } from "../../reports/verification/link-views.js";
import { type ClientFormContent, clientFormContent } from "./client-form-content.js";
import { isClientLinkLive } from "./client-link-views.js";
import { findClientLink } from "./find-client-link.js";
import { clientLinkRequests } from "./schema.js";

export type ClientCodeResult =
  | { kind: "invalid" }
  | { kind: "malformed" }
  | { kind: "wrong"; remaining: number }
  | { kind: "accepted"; content: ClientFormContent; proof: string };

export async function checkClientLinkCode(
  ctx: AppContext,
  token: string,
  rawCode: string,
  lang: "id" | "en",
): Promise<ClientCodeResult> {
  const code = rawCode.replace(/\s/g, "");
  return ctx.database.db.transaction(async (tx): Promise<ClientCodeResult> => {
    // The link's row (only the link's: the case stays free) is locked before its code is compared: codes sent together
    // are compared one after another, each after the failures counted before it, so a burst gets MAX_CODE_FAILURES tries.
    const found = await findClientLink(tx, token, "link");
    if (!found || !isClientLinkLive(found.link)) return { kind: "invalid" };
    if (!/^\d{6}$/.test(code)) return { kind: "malformed" };
    const { link, caseRow } = found;
    if (sameHash(codeHash(ctx.cipher, link.id, code), link.codeHash)) {
      await recordAudit(tx, {
        action: "client_link.opened",
        actorId: null,
        unitId: caseRow.unitId,
        targetType: "case",
        targetId: caseRow.id,
        details: { linkId: link.id, kind: link.kind },
      });
      return { kind: "accepted", content: await clientFormContent(tx, found, lang), proof: signProof(ctx.cipher, link.id) };
    }
    const [row] = await tx
      .update(clientLinkRequests)
      .set({ failedAttempts: sql`${clientLinkRequests.failedAttempts} + 1` })
      .where(eq(clientLinkRequests.id, link.id))
      .returning({ failedAttempts: clientLinkRequests.failedAttempts });
    if (!row) throw new Error("client link vanished");
    await recordAudit(tx, {
      action: "client_link.code_failed",
      actorId: null,
      unitId: caseRow.unitId,
      targetType: "case",
      targetId: caseRow.id,
      details: { linkId: link.id, attempt: row.failedAttempts },
    });
    const remaining = MAX_CODE_FAILURES - row.failedAttempts;
    return remaining > 0 ? { kind: "wrong", remaining } : { kind: "invalid" };
  });
}
