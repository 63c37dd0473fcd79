// Runs the outbox dispatcher in a server process: on an interval and whenever a committed message NOTIFYs.
import type { AppContext } from "../http/context.js";
import { type Sweeper, startSweeper } from "../jobs/sweeper.js";
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
  /** Told when a sweep fails (the database unreachable); the next tick tries again. */
  failed?: (error: unknown) => void,
): Promise<OutboxWorker> {
  const options = {
    transports,
    maxAttempts: ctx.config.outboxMaxAttempts,
    retrySeconds: ctx.config.outboxRetrySeconds,
  };
  const step = async () => {
    const r = await dispatchOutbox(ctx, { ...options, batch: BATCH });
    return r.sent + r.retried + r.failed === BATCH;
  };
  let sweeper: Sweeper | null = null;
  // A LISTEN made again after a lost connection may have missed messages queued meanwhile: sweep at once.
  const unlisten = await ctx.database.listen(
    OUTBOX_CHANNEL,
    () => sweeper?.wake(),
    () => sweeper?.wake(),
  );
  const started = startSweeper(step, ctx.config.outboxIntervalSeconds, failed);
  sweeper = started;

  return {
    idle: () => started.idle(),
    async stop() {
      await unlisten().catch(() => undefined);
      await started.stop();
      for (const t of Object.values(transports)) t?.close?.();
    },
  };
}
