// Runs the danger alerts in a server process: at once when this process stores a complaint in danger, and on an interval.
import type { Database } from "../../../platform/db/connection.js";
import type { AppContext } from "../../../platform/http/context.js";
import { startSweeper } from "../../../platform/jobs/sweeper.js";
import { ALERT_BATCH, alertSupervisorsOfDanger } from "./alert-supervisors.js";

export interface DangerAlertWorker {
  /** Resolves when the sweep under way (if any) and any requested after it are done. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** The running workers' wake-up of each database, called by the process that stored a complaint in danger. */
const wakers = new WeakMap<Database, Set<() => void>>();

/** Called after the commit of a new complaint in danger: its alert goes out now rather than on the next tick. */
export function dangerReportStored(database: Database): void {
  for (const wake of wakers.get(database) ?? []) wake();
}

/**
 * The process that stored a complaint alerts for it at once; the interval, in every process, catches what a crash
 * between the commit and the alert left behind (two processes never take the same complaint).
 */
export async function startDangerAlerts(
  ctx: AppContext,
  /** Told when a sweep fails; the next tick tries again. */
  failed?: (error: unknown) => void,
): Promise<DangerAlertWorker> {
  const sweeper = startSweeper(
    async () => (await alertSupervisorsOfDanger(ctx)) === ALERT_BATCH,
    ctx.config.outboxIntervalSeconds,
    failed,
  );
  const waking = wakers.get(ctx.database) ?? new Set<() => void>();
  wakers.set(ctx.database, waking);
  waking.add(sweeper.wake);

  return {
    idle: () => sweeper.idle(),
    async stop() {
      waking.delete(sweeper.wake);
      await sweeper.stop();
    },
  };
}
