// Background work of a server process (the outbox dispatcher, the danger alerts); returns a function that stops it.
import type { FastifyBaseLogger } from "fastify";
import { startDangerAlerts } from "../modules/reports/intake/danger-alert-worker.js";
import type { AppContext } from "../platform/http/context.js";
import { startOutboxWorker } from "../platform/messaging/outbox-worker.js";
import { safeErrorCode } from "../platform/messaging/transport.js";

/**
 * A failing sweep is logged by its job and error code only (never its data: an error's text may quote a value), so a
 * danger alert that keeps failing is seen in the log, not silently retried forever.
 */
const logFailure = (log: FastifyBaseLogger | undefined, job: string) => (error: unknown) =>
  log?.error({ job, code: safeErrorCode(error) }, "background job failed; tried again on the next tick");

export async function startBackgroundWorkers(ctx: AppContext, log?: FastifyBaseLogger): Promise<() => Promise<void>> {
  const outbox = await startOutboxWorker(ctx, undefined, logFailure(log, "outbox"));
  const alerts = await startDangerAlerts(ctx, logFailure(log, "danger_alerts"));
  return async () => {
    await alerts.stop();
    await outbox.stop();
  };
}
