// A client link with its case, for the staff: the case must be one the actor may manage consent on (404 otherwise).
import { eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import type { Tx } from "../../../platform/db/connection.js";
import { AppError } from "../../../platform/http/errors.js";
import { loadCase } from "../case-access.js";
import { clientLinkRequests } from "./schema.js";

export async function loadClientLinkInScope(tx: Tx, actor: Actor, linkId: string) {
  const [link] = await tx.select().from(clientLinkRequests).where(eq(clientLinkRequests.id, linkId)).for("update");
  if (!link) throw new AppError(404, "error.not_found");
  const row = await loadCase(tx, actor, "case.consent.manage", link.caseId);
  return { link, row };
}
