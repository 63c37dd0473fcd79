// Revokes a client link not used yet; a message still waiting in the outbox is withdrawn too.
import { eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { withdrawMessages } from "../../../platform/messaging/withdraw-messages.js";
import { noteCaseStep } from "./case-note-event.js";
import { type ClientLinkRow, clientLinkState, clientLinkView } from "./client-link-views.js";
import type { ClientLinkT } from "./contracts.js";
import { loadClientLinkInScope } from "./load-client-link.js";
import { clientLinkRequests } from "./schema.js";

export async function revokeClientLink(ctx: AppContext, actor: Actor, linkId: string): Promise<ClientLinkT> {
  return ctx.database.db.transaction(async (tx) => {
    const { link, row } = await loadClientLinkInScope(tx, actor, linkId);
    const state = clientLinkState(link);
    if (state === "used" || state === "revoked") throw new AppError(409, "consent.link_not_pending");
    const [updated] = await tx
      .update(clientLinkRequests)
      .set({ revokedAt: new Date() })
      .where(eq(clientLinkRequests.id, linkId))
      .returning();
    await withdrawMessages(tx, "client_link", [linkId]);
    await noteCaseStep(tx, row, "client_link_revoked", actor.userId, { linkId, kind: link.kind });
    await recordAudit(tx, {
      action: "client_link.revoked",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "case",
      targetId: row.id,
      details: { linkId, kind: link.kind, previousState: state },
    });
    return clientLinkView(updated as ClientLinkRow);
  });
}
