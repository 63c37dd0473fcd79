// Runs the outbox dispatcher in a server process: on an interval and whenever a committed message NOTIFYs.
import type { AppContext } from "../http/context.js";
import { dispatchOutbox } from "./dispatch-outbox.js";
import { OUTBOX_CHANNEL } from "./enqueue-message.js";
import { buildTransports, type Transports } from "./transport.js";

const BATCH = 20;

export interface OutboxWorker {
  /** Resolves when the sweep under way (if any) and any requested after it are done. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export async function startOutboxWorker(
  ctx: AppContext,
  transports: Transports = buildTransports(ctx.config),
): Promise<OutboxWorker> {
  const options = {
    transports,
    maxAttempts: ctx.config.outboxMaxAttempts,
    retrySeconds: ctx.config.outboxRetrySeconds,
  };
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const sweep = async (): Promise<void> => {
    do {
      again = false;
      try {
        // Keep sweeping while full batches come back: a burst is drained without waiting for the timer.
        for (;;) {
          if (stopped) break;
          const r = await dispatchOutbox(ctx, { ...options, batch: BATCH });
          if (r.sent + r.retried + r.failed < BATCH) break;
        }
      } catch {
        // The database may be briefly unreachable; the next tick tries again.
      }
    } while (again && !stopped);
  };
  const wake = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = sweep().finally(() => {
      running = null;
    });
  };

  // A LISTEN made again after a lost connection may have missed messages queued meanwhile: sweep at once.
  const unlisten = await ctx.database.listen(OUTBOX_CHANNEL, wake, wake);
  const timer = setInterval(wake, ctx.config.outboxIntervalSeconds * 1000);
  timer.unref();
  wake();

  return {
    async idle() {
      while (running) await running;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await unlisten().catch(() => undefined);
      while (running) await running;
      for (const t of Object.values(transports)) t?.close?.();
    },
  };
}
