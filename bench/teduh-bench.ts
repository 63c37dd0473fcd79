// Benchmarks one Teduh installation (PGlite or PostgreSQL): restarts on an existing database, memory, GET /me under load.
import fs from "node:fs";
import path from "node:path";
import { signIn } from "./http-session.js";
import { type LoadOptions, type LoadResult, measureLoad } from "./load.js";
import { parseDemoLogins, rssMiB, runCli, startServer, waitForHealthy } from "./teduh-process.js";

export interface StartupSample {
  /** From spawn until GET /healthz answers 200. */
  readyMs: number;
  /** What the server itself reports: from opening the database to listening. */
  inProcessMs: number;
  rssMiB: number;
}

export interface InstallationResult {
  kind: "PGlite" | "PostgreSQL";
  samples: StartupSample[];
  readyMedianMs: number;
  inProcessMedianMs: number;
  rssReadyMedianMiB: number;
  rssAfterLoadMiB: number;
  peakRssMiB: number;
  load: LoadResult[];
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

function peakMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(status.match(/^VmHWM:\s+(\d+)\s+kB/m)?.[1] ?? Number.NaN) / 1024;
}

/**
 * `teduh demo` creates the database (the first start), then the server is started `restarts` times on it.
 * The last start stays up for the load runs: at the shipped log level (info, one line per request to a file),
 * then with LOG_LEVEL=warn on a further start.
 */
/** The server's own "ready in N ms": printed after /healthz already answers (background workers start in between). */
async function readyLine(logFile: string): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const found = fs.readFileSync(logFile, "utf8").match(/ready: .* in (\d+) ms/)?.[1];
    if (found) return Number(found);
    await new Promise((r) => setTimeout(r, 50));
  }
  return Number.NaN;
}

export async function benchInstallation(
  kind: InstallationResult["kind"],
  env: Record<string, string>,
  workDir: string,
  restarts: number,
  load: LoadOptions,
): Promise<InstallationResult> {
  const demo = await runCli(["demo"], env);
  if (demo.code !== 0) throw new Error(`teduh demo failed (${demo.code}): ${demo.stderr}`);
  const login = parseDemoLogins(demo.stdout).find((l) => l.role === "case_manager" && l.unit === "UPTD PPA Kabupaten Jember");
  if (!login) throw new Error("no Jember case manager in the demo output");

  const samples: StartupSample[] = [];
  const logFile = path.join(workDir, `${kind}.log`);
  let cookie = "";
  const results: LoadResult[] = [];
  let rssAfterLoadMiB = Number.NaN;
  let peakRssMiB = Number.NaN;
  for (let i = 0; i < restarts; i++) {
    fs.writeFileSync(logFile, "");
    const started = performance.now();
    const server = await startServer({ LOG_LEVEL: "info", ...env }, { logFile });
    try {
      await waitForHealthy(server.url);
      const readyMs = performance.now() - started;
      const rss = rssMiB(server.pid);
      const inProcessMs = await readyLine(logFile);
      samples.push({ readyMs, inProcessMs, rssMiB: rss });
      if (i === restarts - 1) {
        cookie ||= await signIn(server.url, login.username, login.password);
        const headers = { cookie };
        results.push(
          await measureLoad(`${kind}: GET /api/v1/me (LOG_LEVEL=info)`, `${server.url}/api/v1/me`, { ...load, headers }),
        );
        rssAfterLoadMiB = rssMiB(server.pid);
        peakRssMiB = peakMiB(server.pid);
      }
    } finally {
      await server.stop();
    }
  }
  const quiet = await startServer({ ...env, LOG_LEVEL: "warn" });
  try {
    await waitForHealthy(quiet.url);
    results.push(
      await measureLoad(`${kind}: GET /api/v1/me (LOG_LEVEL=warn)`, `${quiet.url}/api/v1/me`, { ...load, headers: { cookie } }),
    );
  } finally {
    await quiet.stop();
  }
  return {
    kind,
    samples,
    readyMedianMs: median(samples.map((s) => s.readyMs)),
    inProcessMedianMs: median(samples.map((s) => s.inProcessMs)),
    rssReadyMedianMiB: median(samples.map((s) => s.rssMiB)),
    rssAfterLoadMiB,
    peakRssMiB,
    load: results,
  };
}
