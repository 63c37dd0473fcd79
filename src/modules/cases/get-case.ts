// One case as the user may see it (404 outside the visibility predicate), with the buttons the table allows them.
import type { Actor } from "../../platform/access/actor.js";
import type { AppContext } from "../../platform/http/context.js";
import { loadCase } from "./case-access.js";
import { caseDetail } from "./case-detail.js";
import type { CaseDetailT } from "./contracts.js";

export async function getCase(ctx: AppContext, actor: Actor, id: string): Promise<CaseDetailT> {
  const db = ctx.database.db;
  const row = await loadCase(db, actor, "case.read", id);
  return caseDetail(db, ctx.cipher, actor, row);
}
