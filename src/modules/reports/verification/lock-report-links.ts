// Locks a report's verification links for a change of them: new links, or the revocation of a closed complaint's links.
import { eq, sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/connection.js";
import { verificationLinks } from "../schema.js";
import type { LinkRow } from "./link-views.js";

/** First key of the two-key advisory lock on one report's links (the second is the report's hash). */
const REPORT_LINKS_LOCK = 7_301;

/**
 * Takes the report's transaction-scoped advisory lock, then locks its links: making a link and closing the complaint run
 * one after the other, and whichever comes second reads what the first committed (the status, or the new link).
 * Always taken before the report's row, as a victim's confirmation takes its link before the report: never in a circle.
 */
export async function lockReportLinks(tx: Tx, reportId: string): Promise<LinkRow[]> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${REPORT_LINKS_LOCK}, hashtext(${reportId}))`);
  return tx.select().from(verificationLinks).where(eq(verificationLinks.reportId, reportId)).for("update");
}
