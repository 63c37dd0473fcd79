// Checks the whole audit chain on request of an installation administrator.
import { type Actor, requireInstallationWide } from "../../platform/access/actor.js";
import { type ChainVerification, verifyAuditChain } from "../../platform/audit/verify.js";
import type { Db } from "../../platform/db/connection.js";

export async function verifyAuditLog(db: Db, actor: Actor): Promise<ChainVerification> {
  requireInstallationWide(actor, "audit.read");
  return verifyAuditChain(db);
}
