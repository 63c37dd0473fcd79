// A client link's state (pending, sent, used, expired, revoked) and its API view; never the token or the code.
import { MAX_CODE_FAILURES } from "../../reports/verification/link-views.js";
import type { ClientLinkT } from "./contracts.js";
import type { clientLinkRequests } from "./schema.js";

export type ClientLinkRow = typeof clientLinkRequests.$inferSelect;

export function clientLinkState(row: ClientLinkRow, now = new Date()): ClientLinkT["state"] {
  if (row.revokedAt) return "revoked";
  if (row.usedAt) return "used";
  if (row.expiresAt.getTime() <= now.getTime() || row.failedAttempts >= MAX_CODE_FAILURES) return "expired";
  return row.sentAt ? "sent" : "pending";
}

/** Whether the client may still open the link. */
export function isClientLinkLive(row: ClientLinkRow, now = new Date()): boolean {
  const state = clientLinkState(row, now);
  return state === "pending" || state === "sent";
}

export function clientLinkView(row: ClientLinkRow): ClientLinkT {
  return {
    id: row.id,
    caseId: row.caseId,
    kind: row.kind as ClientLinkT["kind"],
    state: clientLinkState(row),
    channel: row.sentVia as ClientLinkT["channel"],
    purposes: row.purposes as ClientLinkT["purposes"],
    partnerIds: row.partnerIds,
    lang: row.lang === "en" ? "en" : "id",
    failedAttempts: row.failedAttempts,
    expiresAt: row.expiresAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    usedAt: row.usedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}
