// A complaint's facts for the console (category, channel, status, danger, risk, counts), without identity.
import type { Actor } from "../../../platform/access/actor.js";
import type { AppContext } from "../../../platform/http/context.js";
import type { ReportFactsT } from "./contracts.js";
import { loadReport } from "./report-access.js";
import { factsView } from "./report-views.js";

export async function getReport(ctx: AppContext, actor: Actor, id: string): Promise<ReportFactsT> {
  const db = ctx.database.db;
  const row = await loadReport(db, actor, "report.read", id);
  return factsView(db, ctx.cipher, row);
}
