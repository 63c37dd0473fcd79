// Background work of a server process (the outbox dispatcher, the danger alerts); returns a function that stops it.
import { startDangerAlerts } from "../modules/reports/intake/danger-alert-worker.js";
import type { AppContext } from "../platform/http/context.js";
import { startOutboxWorker } from "../platform/messaging/outbox-worker.js";

export async function startBackgroundWorkers(ctx: AppContext): Promise<() => Promise<void>> {
  const outbox = await startOutboxWorker(ctx);
  const alerts = await startDangerAlerts(ctx);
  return async () => {
    await alerts.stop();
    await outbox.stop();
  };
}
