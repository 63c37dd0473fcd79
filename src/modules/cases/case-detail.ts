// Shapes one case for the user: its summary, the complaint's non-identifying facts, the allowed events and the timeline.
import { asc, eq } from "drizzle-orm";
import type { Actor } from "../../platform/access/actor.js";
import type { FieldCipher } from "../../platform/crypto/field-encryption.js";
import type { Tx } from "../../platform/db/connection.js";
import { users } from "../people/schema.js";
import { reports } from "../reports/schema.js";
import { type CaseRow, rolesIn, stateOf } from "./case-access.js";
import { unsealCaseText } from "./case-seal.js";
import { iso, selectSummaries } from "./case-views.js";
import type { CaseDetailT, TimelineEntryT } from "./contracts.js";
import { caseEvents, cases } from "./schema.js";
import { allowedEvents } from "./transitions.js";

type D = CaseDetailT;

async function timeline(tx: Tx, cipher: FieldCipher, caseId: string): Promise<TimelineEntryT[]> {
  const rows = await tx
    .select({ e: caseEvents, actorName: users.displayName })
    .from(caseEvents)
    .innerJoin(users, eq(users.id, caseEvents.actorId))
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id));
  return rows.map(({ e, actorName }) => ({
    id: e.id,
    event: e.event,
    fromStatus: e.fromStatus as TimelineEntryT["fromStatus"],
    toStatus: e.toStatus as TimelineEntryT["toStatus"],
    actor: { id: e.actorId, displayName: actorName },
    at: e.at.toISOString(),
    details: e.details as TimelineEntryT["details"],
    comment: unsealCaseText(cipher, "event_comment", e.commentEnc),
  }));
}

/** The case as `actor` sees it; the caller has already loaded `row` through the visibility predicate. */
export async function caseDetail(tx: Tx, cipher: FieldCipher, actor: Actor, row: CaseRow): Promise<CaseDetailT> {
  const [summary] = await selectSummaries(tx, actor, eq(cases.id, row.id), { limit: 1 });
  const [facts] = await tx.select().from(reports).where(eq(reports.id, row.reportId));
  if (!summary || !facts) throw new Error("case without its complaint");
  return {
    ...summary,
    victimAge: facts.victimAge,
    victimSex: facts.victimSex as D["victimSex"],
    regencyCode: facts.regencyCode,
    incidentPlace: facts.incidentPlace as D["incidentPlace"],
    perpetratorRelationship: facts.perpetratorRelationship as D["perpetratorRelationship"],
    approvedAt: iso(row.approvedAt),
    closedAt: iso(row.closedAt),
    closeReason: row.closeReason,
    terminationReason: row.terminationReason,
    referralPartnerId: row.referralPartnerId,
    nextReviewAt: iso(row.nextReviewAt),
    allowedEvents: allowedEvents(stateOf(row), { userId: actor.userId, roles: rolesIn(actor, row.unitId) }),
    timeline: await timeline(tx, cipher, row.id),
  };
}
