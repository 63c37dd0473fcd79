// `teduh serve`: starts the HTTP server, prints the one-time setup link on a fresh installation, stops cleanly.
import cluster from "node:cluster";
import { issueSetupLinkIfNeeded } from "../modules/people/setup-first-admin.js";
import { settleWriteBatchers } from "../platform/db/write-batcher.js";
import { pruneRateLimits } from "../platform/http/rate-limit.js";
import { buildApp } from "./app.js";
import type { Config } from "./config.js";
import { openContext } from "./context.js";
import { startBackgroundWorkers } from "./workers.js";

export async function serve(config: Config): Promise<void> {
  const started = performance.now();
  const ctx = await openContext(config);
  const app = await buildApp(ctx);
  await app.listen({ port: config.port, host: config.host });
  const stopWorkers = await startBackgroundWorkers(ctx, app.log);
  // Under a supervisor (TEDUH_WORKERS) the first process alone offers the setup link, and the supervisor says "ready".
  const worker = cluster.isWorker ? Number(process.env.TEDUH_WORKER_INDEX ?? 0) : null;
  const first = worker === null || (worker === 0 && !process.env.TEDUH_WORKER_RESTART);
  const link = first ? await issueSetupLinkIfNeeded(ctx) : null;
  const where = config.databaseUrl ? "PostgreSQL" : `PGlite ${config.dataDir}`;
  if (worker === null) {
    process.stdout.write(`Teduh siap / ready: ${config.publicUrl} (${where}) in ${Math.round(performance.now() - started)} ms\n`);
  } else {
    process.send?.("teduh:ready");
  }
  if (link) {
    // Printed to the terminal only (never to the structured log), like Jenkins or Grafana do.
    process.stdout.write(
      `\nBelum ada administrator. Buka tautan sekali pakai ini untuk membuat administrator pertama (berlaku sampai ${link.expiresAt.toISOString()}):\n` +
        `No administrator yet. Open this one-time link to create the first administrator:\n\n  ${link.url}\n\n`,
    );
  }
  const prune = setInterval(() => void pruneRateLimits(ctx.database.db).catch(() => {}), 3_600_000);
  prune.unref();
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "stopping");
    clearInterval(prune);
    await stopWorkers();
    await app.close();
    // A report whose reporter's connection broke before the answer is still being stored: it goes in before the end.
    await settleWriteBatchers();
    await ctx.database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}
