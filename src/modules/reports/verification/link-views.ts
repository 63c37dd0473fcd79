// A verification link's state (pending, sent, used, expired, revoked) and its API view; never the token or code.
import { eq } from "drizzle-orm";
import { type Actor, requireUnit } from "../../../platform/access/actor.js";
import type { Permission } from "../../../platform/access/permissions.js";
import type { Tx } from "../../../platform/db/connection.js";
import { AppError } from "../../../platform/http/errors.js";
import { reports, verificationLinks } from "../schema.js";
import type { VerificationChannel, VerificationLinkT } from "./contracts.js";

export type LinkRow = typeof verificationLinks.$inferSelect;
export type LinkState = VerificationLinkT["state"];

/** Wrong codes after which a link is dead. */
export const MAX_CODE_FAILURES = 5;

export function linkState(row: LinkRow, now = new Date()): LinkState {
  if (row.outcome === "revoked") return "revoked";
  if (row.usedAt) return "used";
  if (row.expiresAt.getTime() <= now.getTime() || row.failedAttempts >= MAX_CODE_FAILURES) return "expired";
  return row.sentAt ? "sent" : "pending";
}

/** Whether the victim may still open the link (a link not yet marked sent still works: it may have left by hand). */
export const isLive = (row: LinkRow, now = new Date()) => {
  const state = linkState(row, now);
  return state === "pending" || state === "sent";
};

export function linkView(row: LinkRow): VerificationLinkT {
  return {
    id: row.id,
    reportId: row.reportId,
    state: linkState(row),
    channel: (row.sentVia as VerificationChannel | null) ?? null,
    outcome: row.outcome === "revoked" ? null : row.outcome,
    failedAttempts: row.failedAttempts,
    expiresAt: row.expiresAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    usedAt: row.usedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}

/** A report the actor may act on with `permission`; 404 outside their units. */
export async function loadReportInScope(tx: Tx, actor: Actor, permission: Permission, reportId: string) {
  const [report] = await tx.select().from(reports).where(eq(reports.id, reportId)).limit(1);
  if (!report) throw new AppError(404, "error.not_found");
  requireUnit(actor, permission, report.unitId);
  return report;
}

/** A link and its report's unit, locked for update when inside a transaction; 404 outside the actor's units. */
export async function loadLinkInScope(tx: Tx, actor: Actor, linkId: string, lock = false) {
  const query = tx
    .select({ link: verificationLinks, unitId: reports.unitId })
    .from(verificationLinks)
    .innerJoin(reports, eq(reports.id, verificationLinks.reportId))
    .where(eq(verificationLinks.id, linkId))
    .limit(1);
  const [found] = lock ? await query.for("update", { of: verificationLinks }) : await query;
  if (!found) throw new AppError(404, "error.not_found");
  requireUnit(actor, "verification.send", found.unitId);
  return found;
}
