// Hashing of audit events: canonical JSON of each event plus the previous event's hash.
import crypto from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

/** JSON with object keys sorted at every depth, so the same event always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export interface ChainedFields {
  seq: number;
  at: Date;
  action: string;
  actorId: string | null;
  unitId: string | null;
  targetType: string | null;
  targetId: string | null;
  details: unknown;
}

export function eventHash(event: ChainedFields, prevHash: string): string {
  const body = canonicalJson({
    seq: event.seq,
    at: event.at.toISOString(),
    action: event.action,
    actorId: event.actorId,
    unitId: event.unitId,
    targetType: event.targetType,
    targetId: event.targetId,
    details: event.details,
    prevHash,
  });
  return crypto.createHash("sha256").update(body).digest("hex");
}
