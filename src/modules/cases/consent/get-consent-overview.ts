// A case's consent: the current state per purpose, the history, the links, the texts in force and the unit's partners.

import { and, asc, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Actor } from "../../../platform/access/actor.js";
import type { Tx } from "../../../platform/db/connection.js";
import type { AppContext } from "../../../platform/http/context.js";
import { partners, users } from "../../people/schema.js";
import type { CaseRow } from "../case-access.js";
import { clientLinkView } from "./client-link-views.js";
import { loadConsentCase } from "./consent-case.js";
import { CONSENT_PURPOSES, CONSENT_TEXT_VERSION, consentText } from "./consent-texts.js";
import type { ConsentOverviewT, ConsentRecordT } from "./contracts.js";
import { clientLinkRequests, consentRecords } from "./schema.js";

const withdrawer = alias(users, "withdrawer");

async function history(tx: Tx, caseId: string): Promise<ConsentRecordT[]> {
  const rows = await tx
    .select({ r: consentRecords, by: users.displayName, wby: withdrawer.displayName })
    .from(consentRecords)
    .innerJoin(users, eq(users.id, consentRecords.recordedBy))
    .leftJoin(withdrawer, eq(withdrawer.id, consentRecords.withdrawnBy))
    .where(eq(consentRecords.caseId, caseId))
    .orderBy(desc(consentRecords.givenAt), asc(consentRecords.purpose));
  return rows.map(({ r, by, wby }) => ({
    id: r.id,
    purpose: r.purpose as ConsentRecordT["purpose"],
    partnerIds: r.partnerIds,
    granted: r.granted,
    textVersion: r.textVersion,
    givenBy: r.givenBy as ConsentRecordT["givenBy"],
    guardianRelationship: r.guardianRelationship as ConsentRecordT["guardianRelationship"],
    signatureKind: r.signatureKind as ConsentRecordT["signatureKind"],
    method: r.method as ConsentRecordT["method"],
    recordedBy: { id: r.recordedBy, displayName: by },
    linkId: r.linkId,
    givenAt: r.givenAt.toISOString(),
    withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
    withdrawnBy: r.withdrawnBy ? { id: r.withdrawnBy, displayName: wby ?? "" } : null,
  }));
}

/** The newest decision per purpose decides its state. */
function current(records: ConsentRecordT[]): ConsentOverviewT["current"] {
  return CONSENT_PURPOSES.map((purpose) => {
    const r = records.find((x) => x.purpose === purpose);
    if (!r) return { purpose, state: "not_asked" as const, recordId: null, partnerIds: [], at: null };
    const state = !r.granted ? "refused" : r.withdrawnAt ? "withdrawn" : "granted";
    return { purpose, state, recordId: r.id, partnerIds: r.partnerIds, at: r.withdrawnAt ?? r.givenAt };
  });
}

export async function consentOverview(tx: Tx, actor: Actor, row: CaseRow, child: boolean): Promise<ConsentOverviewT> {
  const records = await history(tx, row.id);
  const links = await tx
    .select()
    .from(clientLinkRequests)
    .where(and(eq(clientLinkRequests.caseId, row.id), eq(clientLinkRequests.kind, "consent")))
    .orderBy(desc(clientLinkRequests.createdAt));
  const unitPartners = await tx
    .select({ id: partners.id, name: partners.name })
    .from(partners)
    .where(and(eq(partners.unitId, row.unitId), eq(partners.active, true)))
    .orderBy(asc(partners.name));
  return {
    caseId: row.id,
    guardianRequired: child,
    current: current(records),
    history: records,
    links: links.map(clientLinkView),
    textVersion: CONSENT_TEXT_VERSION,
    texts: CONSENT_PURPOSES.map((purpose) => ({ purpose, ...consentText(purpose, actor.lang, ["{partners}"]) })),
    partners: unitPartners,
  };
}

export async function getConsentOverview(ctx: AppContext, actor: Actor, caseId: string): Promise<ConsentOverviewT> {
  const db = ctx.database.db;
  const { row, child } = await loadConsentCase(db, actor, caseId, "case.read");
  return consentOverview(db, actor, row, child);
}
