// Writes an audit event inside the caller's transaction, chained to the previous event.
import { desc, sql } from "drizzle-orm";
import type { Tx } from "../db/connection.js";
import { eventHash, GENESIS_HASH } from "./chain.js";
import type { AuditInput } from "./events.js";
import { auditEvents } from "./schema.js";

/** Advisory lock key serialising chain appends across transactions and processes. */
const AUDIT_CHAIN_LOCK = 7_411_873_002;

/** Call inside the transaction that makes the change, as its last write: both commit or neither does. */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const event = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date(),
    action: input.action,
    actorId: input.actorId,
    unitId: input.unitId ?? null,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    details: JSON.parse(JSON.stringify(input.details ?? {})) as Record<string, unknown>,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx.insert(auditEvents).values({ ...event, prevHash, hash: eventHash(event, prevHash) });
}
