// A report's verification links with their state, newest first; never a token or a code.
import { desc, eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import type { Db } from "../../../platform/db/connection.js";
import { verificationLinks } from "../schema.js";
import type { VerificationLinkT } from "./contracts.js";
import { linkView, loadReportInScope } from "./link-views.js";

export async function listVerificationLinks(db: Db, actor: Actor, reportId: string): Promise<VerificationLinkT[]> {
  await loadReportInScope(db, actor, "verification.send", reportId);
  const rows = await db
    .select()
    .from(verificationLinks)
    .where(eq(verificationLinks.reportId, reportId))
    .orderBy(desc(verificationLinks.createdAt))
    .limit(100);
  return rows.map(linkView);
}
