// Writes audit events inside the caller's transaction, chained to the previous event.
import { sql } from "drizzle-orm";
import type { Tx } from "../db/connection.js";
import { insertJsonRows, jsonInsertStatements, jsonRow } from "../db/insert-json-rows.js";
import { eventHash, GENESIS_HASH } from "./chain.js";
import type { AuditInput } from "./events.js";
import { auditEvents } from "./schema.js";

/** Advisory lock key serialising chain appends across transactions and processes. */
const AUDIT_CHAIN_LOCK = 7_411_873_002;

/**
 * Taking the chain: first the lock (held until the transaction ends), then, in a later statement so that its snapshot
 * sees every append committed before the lock was granted, the chain's end. As SQL text for callers that send several
 * statements to a round trip; recordAuditEvents runs the same two.
 */
export const LOCK_AUDIT_CHAIN_SQL = `SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
export const AUDIT_CHAIN_END_SQL = "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1";

export interface ChainEnd {
  seq: number;
  hash: string;
}

/** The chain's end from AUDIT_CHAIN_END_SQL's rows (none: the log is empty). */
export function chainEndOf(rows: Record<string, unknown>[]): ChainEnd {
  const last = rows[0];
  return last ? { seq: Number(last.seq), hash: String(last.hash) } : { seq: 0, hash: GENESIS_HASH };
}

/** The rows of `inputs` appended after `end`, chained in the order given. */
export function chainAuditEvents(end: ChainEnd, inputs: AuditInput[], at = new Date()): (typeof auditEvents.$inferInsert)[] {
  let seq = end.seq;
  let prevHash = end.hash;
  return inputs.map((input) => {
    const event = {
      seq: ++seq,
      at,
      action: input.action,
      actorId: input.actorId,
      unitId: input.unitId ?? null,
      targetType: input.targetType ?? null,
      targetId: input.targetId ?? null,
      details: JSON.parse(JSON.stringify(input.details ?? {})) as Record<string, unknown>,
    };
    const hash = eventHash(event, prevHash);
    const row = { ...event, prevHash, hash };
    prevHash = hash;
    return row;
  });
}

/** The INSERT of chained rows, as SQL text (see LOCK_AUDIT_CHAIN_SQL). */
export const auditInsertStatements = (rows: (typeof auditEvents.$inferInsert)[]): string[] =>
  rows.length === 0
    ? []
    : jsonInsertStatements(
        auditEvents,
        rows.map((row) => jsonRow(auditEvents, row)),
      );

/** Call inside the transaction that makes the change, as its last write: both commit or neither does. */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await recordAuditEvents(tx, [input]);
}

/** Several events in one append: one lock, one read of the chain's end, one INSERT, chained in the order given. */
export async function recordAuditEvents(tx: Tx, inputs: AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await tx.execute(sql.raw(LOCK_AUDIT_CHAIN_SQL));
  const end = await tx.execute(sql.raw(AUDIT_CHAIN_END_SQL));
  const rows = chainAuditEvents(chainEndOf((end as unknown as { rows: Record<string, unknown>[] }).rows), inputs);
  await insertJsonRows(tx, auditEvents, rows);
}
