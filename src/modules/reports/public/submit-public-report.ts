// Submits a prepared public report to the process's report writer, which stores it in a batch; a replay of the same form returns the first.
import type { Database } from "../../../platform/db/connection.js";
import { WriteBatcher } from "../../../platform/db/write-batcher.js";
import type { AppContext } from "../../../platform/http/context.js";
import { dangerReportStored } from "../intake/danger-alert-worker.js";
import { type PendingReport, type SubmittedReport, storeReports } from "./store-reports.js";

/** One writer per database: reports arriving while a batch is being stored go out together in the next one. */
const writers = new WeakMap<Database, WriteBatcher<PendingReport, SubmittedReport>>();

function writerFor(ctx: AppContext): WriteBatcher<PendingReport, SubmittedReport> {
  let writer = writers.get(ctx.database);
  if (!writer) {
    const database = ctx.database;
    writer = new WriteBatcher((batch) => storeReports(database, batch), {
      maxItems: 100,
      // Evidence is stored in the same statement: keep a batch's payload to a few megabytes.
      weight: (r) => r.evidence.reduce((n, e) => n + e.json.length, 0),
      maxWeight: 8 * 1024 * 1024,
      retrySingly: true,
    });
    writers.set(ctx.database, writer);
  }
  return writer;
}

/** Waits until the batch holding the prepared report has committed; the answer never comes before. */
export async function submitPublicReport(ctx: AppContext, pending: PendingReport): Promise<SubmittedReport> {
  const submitted = await writerFor(ctx).push(pending);
  // Someone in danger now: the unit's supervisors are alerted at once (alert-supervisors.ts).
  if (submitted.inDanger && !submitted.replayed) dangerReportStored(ctx.database);
  return submitted;
}
