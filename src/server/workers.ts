// Background work of a server process (the outbox dispatcher); returns a function that stops it.
import type { AppContext } from "../platform/http/context.js";
import { startOutboxWorker } from "../platform/messaging/outbox-worker.js";

export async function startBackgroundWorkers(ctx: AppContext): Promise<() => Promise<void>> {
  const outbox = await startOutboxWorker(ctx);
  return () => outbox.stop();
}
