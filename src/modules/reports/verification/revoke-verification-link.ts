// Revokes a verification link that is not used yet; a message still waiting in the outbox is withdrawn too.
import { inArray } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import type { AuditInput } from "../../../platform/audit/events.js";
import { recordAuditEvents } from "../../../platform/audit/record.js";
import type { Tx } from "../../../platform/db/connection.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { withdrawMessages } from "../../../platform/messaging/withdraw-messages.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { verificationLinks } from "../schema.js";
import type { VerificationLinkT } from "./contracts.js";
import { isLive, type LinkRow, linkState, linkView, loadLinkInScope } from "./link-views.js";

export async function revokeVerificationLink(ctx: AppContext, actor: Actor, linkId: string): Promise<VerificationLinkT> {
  return ctx.database.db.transaction(async (tx) => {
    const { link, unitId } = await loadLinkInScope(tx, actor, linkId, true);
    const state = linkState(link);
    if (state === "used" || state === "revoked") throw new AppError(409, "verification.not_pending");
    const { rows, audit } = await revokeLinkRows(tx, actor.userId, unitId, [link]);
    await publishEvent(tx, { type: "report.updated", unitId, id: link.reportId, data: { verification: "link_revoked" } });
    await recordAuditEvents(tx, audit);
    return linkView(rows[0] as LinkRow);
  });
}

/**
 * Revokes links already locked by the caller, in its transaction, and withdraws their messages still waiting in the
 * outbox. Returns the revoked rows and their `verification.link_revoked` events, for the caller to record as its last write.
 */
export async function revokeLinkRows(
  tx: Tx,
  actorId: string,
  unitId: string,
  links: LinkRow[],
  details: Record<string, string> = {},
): Promise<{ rows: LinkRow[]; audit: AuditInput[] }> {
  if (links.length === 0) return { rows: [], audit: [] };
  const ids = links.map((l) => l.id);
  const rows = await tx
    .update(verificationLinks)
    .set({ outcome: "revoked" })
    .where(inArray(verificationLinks.id, ids))
    .returning();
  await withdrawMessages(tx, "verification_link", ids);
  const audit = links.map(
    (link): AuditInput => ({
      action: "verification.link_revoked",
      actorId,
      unitId,
      targetType: "verification_link",
      targetId: link.id,
      details: { previousState: linkState(link), ...details },
    }),
  );
  return { rows, audit };
}

/**
 * A complaint closed as not a case or as a duplicate: its links still live are revoked in the closing transaction (their
 * messages still waiting withdrawn), so nobody holding one opens the victim's data or corrects a closed complaint.
 * `links` are the report's links, locked by `lockReportLinks` before the report's row, so that no link is being made
 * meanwhile. Returns their audit events, for the caller to record with its own.
 */
export async function revokeLinksOfClosedReport(
  tx: Tx,
  actorId: string,
  report: { id: string; unitId: string; status: string },
  links: LinkRow[],
): Promise<AuditInput[]> {
  const live = links.filter((link) => isLive(link));
  return (await revokeLinkRows(tx, actorId, report.unitId, live, { closedAs: report.status })).audit;
}
