// The client enters the short code of a consent or termination link: a wrong one is counted (five kill the link), the right one opens the form.
import { and, eq, isNull, lt, sql } from "drizzle-orm";
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
  const db = ctx.database.db;
  const found = await findClientLink(db, token);
  if (!found || !isClientLinkLive(found.link)) return { kind: "invalid" };
  const code = rawCode.replace(/\s/g, "");
  if (!/^\d{6}$/.test(code)) return { kind: "malformed" };
  const { link, caseRow } = found;
  if (sameHash(codeHash(ctx.cipher, link.id, code), link.codeHash)) {
    await db.transaction(async (tx) => {
      await recordAudit(tx, {
        action: "client_link.opened",
        actorId: null,
        unitId: caseRow.unitId,
        targetType: "case",
        targetId: caseRow.id,
        details: { linkId: link.id, kind: link.kind },
      });
    });
    return { kind: "accepted", content: await clientFormContent(db, found, lang), proof: signProof(ctx.cipher, link.id) };
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(clientLinkRequests)
      .set({ failedAttempts: sql`${clientLinkRequests.failedAttempts} + 1` })
      .where(
        and(
          eq(clientLinkRequests.id, link.id),
          isNull(clientLinkRequests.usedAt),
          isNull(clientLinkRequests.revokedAt),
          lt(clientLinkRequests.failedAttempts, MAX_CODE_FAILURES),
        ),
      )
      .returning({ failedAttempts: clientLinkRequests.failedAttempts });
    if (!row) return { kind: "invalid" } as const;
    await recordAudit(tx, {
      action: "client_link.code_failed",
      actorId: null,
      unitId: caseRow.unitId,
      targetType: "case",
      targetId: caseRow.id,
      details: { linkId: link.id, attempt: row.failedAttempts },
    });
    const remaining = MAX_CODE_FAILURES - row.failedAttempts;
    return remaining > 0 ? ({ kind: "wrong", remaining } as const) : ({ kind: "invalid" } as const);
  });
}
