// Stores a batch of public reports in one transaction of two round trips: reports, evidence, audit events, live events.
import {
  AUDIT_CHAIN_END_SQL,
  auditInsertStatements,
  chainAuditEvents,
  chainEndOf,
  LOCK_AUDIT_CHAIN_SQL,
} from "../../../platform/audit/record.js";
import type { Database, StatementRows } from "../../../platform/db/connection.js";
import { type JsonRow, jsonInsertStatements, sqlLiteral } from "../../../platform/db/insert-json-rows.js";
import { publishEventsStatement } from "../../../platform/realtime/publish.js";
import { reportEvidence, reports } from "../schema.js";
import { ROUTED_UNIT_SQL } from "./route-unit.js";

/** A replay of the same form within this time is shown the PIN again (a lost answer, a double tap); later, only the code. */
export const PIN_REPLAY_HOURS = 24;

/**
 * A report ready to store: identity sealed, tracking code and PIN hash made, evidence sealed, each row already turned
 * into JSON text (jsonRow), so that a report waiting for its batch holds a few strings rather than objects to copy.
 */
export interface PendingReport {
  /** The form's idempotency key. */
  key: string;
  /** The new report's id, in `row` and in each evidence row. */
  id: string;
  pin: string;
  inDanger: boolean;
  category: string;
  /** Every column of reports but the unit, which is routed in SQL from the row's regency and province. */
  row: JsonRow;
  evidence: JsonRow[];
}

export interface SubmittedReport {
  trackingCode: string;
  /** Null on a replay after PIN_REPLAY_HOURS. */
  pin: string | null;
  inDanger: boolean;
  /** True when this form had already been sent: the first report is answered again, nothing new is stored. */
  replayed: boolean;
}

interface StoredRow {
  id: string;
  unitId: string;
  trackingCode: string;
  inDanger: boolean;
  createdAt: Date;
}

/** What the batch's keys hold after its INSERT: its own new reports and any sent before (replays). */
function rowsByKey(rows: StatementRows): Map<string, StoredRow> {
  const byKey = new Map<string, StoredRow>();
  for (const r of rows) {
    byKey.set(String(r.idempotency_key), {
      id: String(r.id),
      unitId: String(r.unit_id),
      trackingCode: String(r.tracking_code),
      inDanger: r.in_danger === true,
      createdAt: r.created_at instanceof Date ? r.created_at : new Date(String(r.created_at)),
    });
  }
  return byKey;
}

/**
 * The first report of each form key in the batch is inserted (ON CONFLICT DO NOTHING: a key stored before, or by a
 * concurrent batch, makes it a replay); a later one with the same key is a double tap and answers as the first.
 *
 * Round trip 1: INSERT the reports (each routed to its unit in the statement) and their evidence (only for reports
 * that went in), read back what the batch's keys now hold, take the audit chain and read its end. Round trip 2: the
 * chained audit events, the live events for the intake queues, COMMIT. A transaction per statement would be eight round
 * trips, each waiting behind the HTTP work on the event loop (docs/benchmarks.md).
 */
export async function storeReports(database: Database, batch: PendingReport[]): Promise<SubmittedReport[]> {
  const firstOf = new Map<string, PendingReport>();
  for (const r of batch) if (!firstOf.has(r.key)) firstOf.set(r.key, r);
  const fresh = [...firstOf.values()];
  const ids = new Map(fresh.map((r) => [r.key, r.id]));
  const keyList = fresh.map((r) => sqlLiteral(r.key)).join(", ");

  return database.multiStatementTransaction(async (run) => {
    const insertReports = jsonInsertStatements(
      reports,
      fresh.map((r) => r.row),
      { skipConflictsOn: "idempotencyKey", computed: { unit_id: ROUTED_UNIT_SQL } },
    );
    // Evidence of a replayed report must not go in: the report's new id exists only if its INSERT did.
    const insertEvidence = jsonInsertStatements(
      reportEvidence,
      fresh.flatMap((r) => r.evidence),
      {
        where: "EXISTS (SELECT 1 FROM reports x WHERE x.id = r.report_id)",
      },
    );
    const read = `SELECT id, unit_id, idempotency_key, tracking_code, in_danger, created_at FROM reports WHERE idempotency_key IN (${keyList})`;
    const first = [...insertReports, ...insertEvidence, read, LOCK_AUDIT_CHAIN_SQL, AUDIT_CHAIN_END_SQL];
    const results = await run(first);
    const held = rowsByKey(results[first.length - 3] as StatementRows);
    const end = chainEndOf(results[first.length - 1] as StatementRows);

    const created = fresh.filter((r) => held.get(r.key)?.id === ids.get(r.key));
    const audit = chainAuditEvents(
      end,
      created.map((r) => {
        const row = held.get(r.key) as StoredRow;
        return {
          action: "report.submitted" as const,
          actorId: null,
          unitId: row.unitId,
          targetType: "report",
          targetId: row.id,
          details: { channel: "web", category: r.category, inDanger: r.inDanger, evidence: r.evidence.length },
        };
      }),
    );
    const live = created.map((r) => {
      const row = held.get(r.key) as StoredRow;
      return { type: "report.received", unitId: row.unitId, id: row.id, data: { inDanger: r.inDanger } };
    });
    await run([...auditInsertStatements(audit), ...(live.length > 0 ? [publishEventsStatement(live)] : [])], {
      commit: true,
    });

    const now = Date.now();
    return batch.map((r): SubmittedReport => {
      const row = held.get(r.key);
      if (!row) throw new Error("a report's form key holds no report after its insert");
      const ours = row.id === ids.get(r.key);
      if (ours) return { trackingCode: row.trackingCode, pin: r.pin, inDanger: row.inDanger, replayed: firstOf.get(r.key) !== r };
      const recent = now - row.createdAt.getTime() < PIN_REPLAY_HOURS * 3_600_000;
      return { trackingCode: row.trackingCode, pin: recent ? r.pin : null, inDanger: row.inDanger, replayed: true };
    });
  });
}
