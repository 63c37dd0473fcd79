// Writes audit events inside the caller's transaction, chained to the previous event by teduh_audit_append.
import { sql } from "drizzle-orm";
import type { Tx } from "../db/connection.js";
import { canonicalJson } from "./chain.js";
import type { AuditInput } from "./events.js";

/** An event as teduh_audit_append (migration 0010) takes it; unitId may be left for the calling SQL to add. */
export interface AuditDoc {
  action: string;
  actorId: string | null;
  unitId?: string | null;
  targetType: string | null;
  targetId: string | null;
  /** ISO time, as the hash reads it. */
  at: string;
  /** The details' canonical JSON (chain.ts), as text: the database hashes it as given and stores it as jsonb. */
  details: string;
}

export function auditDoc(input: AuditInput, at = new Date()): AuditDoc {
  return {
    action: input.action,
    actorId: input.actorId,
    unitId: input.unitId ?? null,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    at: at.toISOString(),
    details: canonicalJson(JSON.parse(JSON.stringify(input.details ?? {}))),
  };
}

/** Call inside the transaction that makes the change, as its last write: both commit or neither does. */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await recordAuditEvents(tx, [input]);
}

/**
 * Several events in one append, chained in the order given. The database function takes the chain's lock (held to the
 * end of the transaction), reads the chain's end and hashes each event as chain.ts would: one statement.
 */
export async function recordAuditEvents(tx: Tx, inputs: AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const at = new Date();
  await tx.execute(sql`SELECT teduh_audit_append(${JSON.stringify(inputs.map((i) => auditDoc(i, at)))}::jsonb)`);
}
