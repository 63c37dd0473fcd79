// The officer sent the client link from their own phone and says so: the link is marked sent.
import { eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { type ClientLinkRow, clientLinkState, clientLinkView } from "./client-link-views.js";
import type { ClientLinkT } from "./contracts.js";
import { loadClientLinkInScope } from "./load-client-link.js";
import { clientLinkRequests } from "./schema.js";

export async function markClientLinkSent(ctx: AppContext, actor: Actor, linkId: string): Promise<ClientLinkT> {
  return ctx.database.db.transaction(async (tx) => {
    const { link, row } = await loadClientLinkInScope(tx, actor, linkId);
    if (clientLinkState(link) !== "pending") throw new AppError(409, "consent.link_not_pending");
    const [updated] = await tx
      .update(clientLinkRequests)
      .set({ sentAt: new Date() })
      .where(eq(clientLinkRequests.id, linkId))
      .returning();
    await recordAudit(tx, {
      action: "client_link.sent",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "case",
      targetId: row.id,
      details: { linkId, kind: link.kind, channel: link.sentVia },
    });
    return clientLinkView(updated as ClientLinkRow);
  });
}
