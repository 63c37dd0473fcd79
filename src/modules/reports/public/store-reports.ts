// Stores a batch of public reports in one statement: reports, evidence, live events, audit events; one round trip.
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import { auditDoc } from "../../../platform/audit/record.js";
import type { Database, StatementRows } from "../../../platform/db/connection.js";
import { type JsonRow, jsonArray, jsonInsertSql, sqlLiteral } from "../../../platform/db/insert-json-rows.js";
import { REALTIME_CHANNEL } from "../../../platform/realtime/publish.js";
import { reportEvidence, reports } from "../schema.js";
import { ROUTED_UNIT_SQL } from "./route-unit.js";

/**
 * A replay of the same form within this time is shown the PIN again (a lost answer, a double tap, a retry once the
 * signal is back); later, only the code: someone else who takes the phone and resends the form from its history must
 * not be given the PIN that opens the messages.
 */
export const PIN_REPLAY_MINUTES = 30;

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
  /** Null on a replay after PIN_REPLAY_MINUTES. */
  pin: string | null;
  inDanger: boolean;
  /** True when this form had already been sent: the first report is answered again, nothing new is stored. */
  replayed: boolean;
}

interface StoredRow {
  id: string;
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
      trackingCode: String(r.tracking_code),
      inDanger: r.in_danger === true,
      createdAt: r.created_at instanceof Date ? r.created_at : new Date(String(r.created_at)),
    });
  }
  return byKey;
}

/** The documents of JSON array `param` whose report (named by `field`) went in, as e.doc beside `ins`, in order e.n. */
const ours = (param: string, field: string) =>
  `jsonb_array_elements(${param}::jsonb) WITH ORDINALITY AS e(doc, n) JOIN ins ON ins.id = (e.doc->>'${field}')::uuid`;

/**
 * The one statement that stores a batch whose reports hold `columns` and whose evidence holds `evidenceColumns`. Its
 * parameters: $1 the reports, $2 their evidence, $3 the live events, $4 the audit events (JSON arrays). A report's new id comes back from the INSERT only if the report went in: a replayed form keeps the
 * report sent before, and gets no evidence, live event or audit event of its own. The unit each report was routed to
 * is read from the inserted row. Run alone, the statement is its own transaction: one round trip, one commit.
 */
function storeStatement(columns: string[], evidenceColumns: string[]): string {
  const insertReports = jsonInsertSql(reports, columns, "$1::jsonb", {
    skipConflictsOn: "idempotencyKey",
    computed: { unit_id: ROUTED_UNIT_SQL },
    returning: ["id", "unitId", "idempotencyKey", "trackingCode", "inDanger", "createdAt"],
  });
  const insertEvidence = jsonInsertSql(reportEvidence, evidenceColumns, "$2::jsonb", {
    where: "r.report_id IN (SELECT id FROM ins)",
  });
  return `WITH ins AS (${insertReports}),
  evidence AS (${insertEvidence} RETURNING 1),
  live AS (SELECT pg_notify(${sqlLiteral(REALTIME_CHANNEL)}, (e.doc || jsonb_build_object('unitId', ins.unit_id))::text)
           FROM ${ours("$3", "id")}),
  audit AS (SELECT teduh_audit_append(coalesce(jsonb_agg(e.doc || jsonb_build_object('unitId', ins.unit_id) ORDER BY e.n), '[]'))
            FROM ${ours("$4", "targetId")})
SELECT id, idempotency_key, tracking_code, in_danger, created_at FROM ins
  WHERE (SELECT count(*) FROM evidence) >= 0 AND (SELECT count(*) FROM live) >= 0 AND (SELECT count(*) FROM audit) = 1`;
}

/** Prepared statements are named by their text: a batch of a new shape gets its own. */
const statementName = (text: string) =>
  `teduh_store_reports_${crypto.createHash("sha256").update(text).digest("hex").slice(0, 16)}`;

/**
 * The first report of each form key in the batch is inserted (ON CONFLICT DO NOTHING: a key stored before, or by a
 * concurrent batch, makes it a replay); a later one with the same key is a double tap and answers as the first.
 *
 * The whole batch is one statement (storeStatement): INSERT the reports, each routed to its unit, their evidence, the
 * live events for the intake queues, the audit events (teduh_audit_append chains them inside the database, so the
 * chain's lock is held from there to the commit, never across a round trip) and read back what the batch's keys hold.
 * A statement per round trip was eight round trips, each waiting behind the HTTP work on the event loop, and parsing
 * the batch's SQL each time was a third of PostgreSQL's work (docs/benchmarks.md).
 */
export async function storeReports(database: Database, batch: PendingReport[]): Promise<SubmittedReport[]> {
  const firstOf = new Map<string, PendingReport>();
  for (const r of batch) if (!firstOf.has(r.key)) firstOf.set(r.key, r);
  // In key order, so that two batches inserting the same keys wait for each other in one order, never in a circle.
  const fresh = [...firstOf.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  const held = new Map<string, StoredRow>();
  // Reports of one shape go together (the public form makes one shape); each group is its own statement and commit.
  const groups = new Map<string, PendingReport[]>();
  for (const r of fresh) {
    const shape = `${r.row.columns.join(",")}|${r.evidence[0]?.columns.join(",") ?? ""}`;
    groups.set(shape, [...(groups.get(shape) ?? []), r]);
  }
  for (const group of groups.values()) {
    const first = group[0] as PendingReport;
    const evidence = group.flatMap((r) => r.evidence);
    const text = storeStatement(first.row.columns, first.evidence[0]?.columns ?? ["report_id"]);
    const at = new Date();
    const rows = await database.prepared(statementName(text), text, [
      jsonArray(group.map((r) => r.row)),
      jsonArray(evidence),
      JSON.stringify(group.map((r) => ({ type: "report.received", id: r.id, data: { inDanger: r.inDanger } }))),
      JSON.stringify(
        group.map((r) =>
          auditDoc(
            {
              action: "report.submitted",
              actorId: null,
              targetType: "report",
              targetId: r.id,
              details: { channel: "web", category: r.category, inDanger: r.inDanger, evidence: r.evidence.length },
            },
            at,
          ),
        ),
      ),
    ]);
    for (const [key, row] of rowsByKey(rows)) held.set(key, row);
    // Forms sent before (replays) answer with the report they made: rare, so read apart, planned for the table as it is
    // now (a prepared plan made while the table was small would read all of it).
    const earlier = group.filter((r) => !held.has(r.key)).map((r) => r.key);
    if (earlier.length > 0) {
      const found = await database.db.execute(
        sql`SELECT id, idempotency_key, tracking_code, in_danger, created_at FROM reports
            WHERE idempotency_key IN (SELECT jsonb_array_elements_text(${JSON.stringify(earlier)}::jsonb))`,
      );
      for (const [key, row] of rowsByKey((found as unknown as { rows: StatementRows }).rows)) held.set(key, row);
    }
  }

  const now = Date.now();
  return batch.map((r): SubmittedReport => {
    const row = held.get(r.key);
    if (!row) throw new Error("a report's form key holds no report after its insert");
    if (row.id === firstOf.get(r.key)?.id) {
      return { trackingCode: row.trackingCode, pin: r.pin, inDanger: row.inDanger, replayed: firstOf.get(r.key) !== r };
    }
    const recent = now - row.createdAt.getTime() < PIN_REPLAY_MINUTES * 60_000;
    return { trackingCode: row.trackingCode, pin: recent ? r.pin : null, inDanger: row.inDanger, replayed: true };
  });
}
