// A case's termination forms with feedback, its termination links, and the form text in force (for the officer's screen).
import { and, desc, eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import type { AppContext } from "../../../platform/http/context.js";
import { loadCase } from "../case-access.js";
import { clientLinkView } from "./client-link-views.js";
import { TERMINATION_TEXT_VERSION, terminationText } from "./consent-texts.js";
import type { TerminationOverviewT } from "./contracts.js";
import { clientLinkRequests } from "./schema.js";
import { terminationFormsOf } from "./termination-view.js";

export async function getTerminationOverview(ctx: AppContext, actor: Actor, caseId: string): Promise<TerminationOverviewT> {
  const db = ctx.database.db;
  const row = await loadCase(db, actor, "case.read", caseId);
  const links = await db
    .select()
    .from(clientLinkRequests)
    .where(and(eq(clientLinkRequests.caseId, row.id), eq(clientLinkRequests.kind, "termination")))
    .orderBy(desc(clientLinkRequests.createdAt));
  return {
    forms: await terminationFormsOf(db, ctx.cipher, row.id),
    links: links.map(clientLinkView),
    textVersion: TERMINATION_TEXT_VERSION,
    text: terminationText(actor.lang),
  };
}
