// `teduh serve` with TEDUH_WORKERS > 1: that many server processes on one port (node:cluster), restarted if one dies.
import cluster, { type Worker } from "node:cluster";
import type { Config } from "./config.js";

/** A worker that dies this soon after it was ready is not restarted at once again and again: it waits this long. */
const RESTART_DELAY_MS = 1000;

/**
 * Server processes are stateless (sessions, limits, queues and live events go through PostgreSQL), so several can share
 * the port, one per CPU core, as several processes behind a load balancer would. This process only starts, watches
 * and stops them; it opens no database. A worker that fails before it is ready stops the whole start (a wrong setting
 * would fail the same way again); one that dies later is replaced.
 */
export async function supervise(config: Config): Promise<void> {
  if (!config.databaseUrl) {
    throw new Error("TEDUH_WORKERS > 1 needs PostgreSQL (DATABASE_URL): the embedded database serves one process");
  }
  const started = performance.now();
  const ready = new Set<number>();
  let stopping = false;

  const fork = (index: number, restart = false): Worker => {
    const worker = cluster.fork({ TEDUH_WORKER_INDEX: String(index), TEDUH_WORKER_RESTART: restart ? "1" : "" });
    worker.on("message", (message: unknown) => {
      if (message !== "teduh:ready" || ready.has(index)) return;
      ready.add(index);
      if (ready.size === config.workers) {
        const ms = Math.round(performance.now() - started);
        process.stdout.write(`Teduh siap / ready: ${config.publicUrl} (PostgreSQL, ${config.workers} processes) in ${ms} ms\n`);
      }
    });
    worker.on("exit", (code, signal) => {
      if (stopping) return;
      if (!ready.has(index)) {
        process.stderr.write(`Teduh: server process ${index + 1} failed to start (${signal ?? code})\n`);
        void stop(1);
        return;
      }
      process.stderr.write(`Teduh: server process ${index + 1} ended (${signal ?? code}); starting it again\n`);
      setTimeout(() => !stopping && fork(index, true), RESTART_DELAY_MS);
    });
    return worker;
  };

  const stop = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.isDead()) return resolve();
            w.once("exit", () => resolve());
            w.process.kill("SIGTERM");
          }),
      ),
    );
    process.exit(exitCode);
  };

  for (let i = 0; i < config.workers; i++) fork(i);
  process.once("SIGINT", () => void stop(0));
  process.once("SIGTERM", () => void stop(0));
}
