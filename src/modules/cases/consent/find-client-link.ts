// Finds a client link by its token (stored only as a hash) with what the public pages need of its case: no identity.
import { eq } from "drizzle-orm";
import { hashToken } from "../../../platform/crypto/tokens.js";
import type { Tx } from "../../../platform/db/connection.js";
import { reports } from "../../reports/schema.js";
import { TOKEN_PATTERN } from "../../reports/verification/find-link-by-token.js";
import { cases } from "../schema.js";
import { clientLinkRequests } from "./schema.js";

/** `lock`: "link" locks the link's row, true the link's and its case's (a submission that moves the case). */
export async function findClientLink(tx: Tx, token: string, lock: boolean | "link" = false) {
  if (!TOKEN_PATTERN.test(token)) return null;
  const query = tx
    .select({
      link: clientLinkRequests,
      caseRow: cases,
      category: reports.category,
    })
    .from(clientLinkRequests)
    .innerJoin(cases, eq(cases.id, clientLinkRequests.caseId))
    .innerJoin(reports, eq(reports.id, cases.reportId))
    .where(eq(clientLinkRequests.tokenHash, hashToken(token)))
    .limit(1);
  const [found] =
    lock === "link"
      ? await query.for("update", { of: clientLinkRequests })
      : lock
        ? await query.for("update", { of: [clientLinkRequests, cases] })
        : await query;
  return found ?? null;
}

export type FoundClientLink = NonNullable<Awaited<ReturnType<typeof findClientLink>>>;
