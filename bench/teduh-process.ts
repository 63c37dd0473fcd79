// Runs real `node bin/teduh.js …` processes on 127.0.0.1 for the benchmarks and the process tests.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "bin", "teduh.js");
/** The Node.js flags of `npm start` (package.json), so that what is measured is what runs. */
const START_FLAGS: string[] = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts.start as string)
  .split(/\s+/)
  .filter((arg) => arg.startsWith("--"));
/** The `npm start` command line, as the benchmark pages quote it. */
export const START_COMMAND = `node ${START_FLAGS.join(" ")} bin/teduh.js serve`;
/** Settings a child must never inherit by accident from the shell or the test runner. */
const SCRUBBED = [
  "DATABASE_URL",
  "TEDUH_DATA_DIR",
  "TEDUH_ENCRYPTION_KEY",
  "TEDUH_BLIND_INDEX_KEY",
  "TEDUH_PUBLIC_URL",
  "TEDUH_LINK_URL",
  "PORT",
  "HOST",
];

export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of SCRUBBED) delete env[key];
  return { ...env, ...extra };
}

/** A port nobody listens on right now (the kernel picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface TeduhServer {
  child: ChildProcess;
  pid: number;
  url: string;
  /** Everything printed so far (stdout and stderr), when output is captured. */
  output(): string;
  /** Resolves with the first match of the pattern in the output; rejects if the process exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

const running = new Set<TeduhServer>();

/**
 * Starts `teduh serve` on a free port of 127.0.0.1. `logFile` sends the output to a file instead of memory
 * (the benchmarks use it so that request logs cost the load generator nothing).
 */
export async function startServer(env: Record<string, string>, options: { logFile?: string } = {}): Promise<TeduhServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const fd = options.logFile ? fs.openSync(options.logFile, "a") : undefined;
  // BENCH_NODE_FLAGS adds Node.js flags for a look inside (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"); never set by the bench.
  const extra = (env.BENCH_NODE_FLAGS ?? process.env.BENCH_NODE_FLAGS ?? "").split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...START_FLAGS, ...extra, BIN, "serve"], {
    cwd: ROOT,
    env: childEnv({ LOG_LEVEL: "warn", ...env, PORT: String(port), HOST: "127.0.0.1", TEDUH_PUBLIC_URL: url }),
    stdio: ["ignore", fd ?? "pipe", fd ?? "pipe"],
  });
  if (fd !== undefined) fs.closeSync(fd);
  let text = "";
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    text += chunk.toString("utf8");
    for (const wake of waiters) wake();
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let done = false;
  void exited.then(() => {
    done = true;
    for (const wake of waiters) wake();
  });
  const server: TeduhServer = {
    child,
    pid: child.pid as number,
    url,
    output: () => text,
    waitFor(pattern, timeoutMs = 45_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`timed out waiting for ${pattern} in:\n${text}`)), timeoutMs);
        const check = () => {
          const match = text.match(pattern);
          if (match) finish(null, match);
          else if (done) finish(new Error(`process exited (${child.exitCode}) before ${pattern}:\n${text}`));
        };
        const finish = (error: Error | null, match?: RegExpMatchArray) => {
          clearTimeout(timer);
          waiters.delete(check);
          if (error) reject(error);
          else resolve(match as RegExpMatchArray);
        };
        waiters.add(check);
        check();
      });
    },
    exited,
    async stop() {
      running.delete(server);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      }
      return child.exitCode;
    },
  };
  running.add(server);
  return server;
}

/** Stops every server this process started and has not stopped yet (for afterAll and failures). */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map((s) => s.stop()));
}

/** Polls GET /healthz until it answers 200; returns the milliseconds waited. */
export async function waitForHealthy(url: string, timeoutMs = 60_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    try {
      const res = await fetch(`${url}/healthz`);
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > timeoutMs) throw new Error(`${url} did not become healthy in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one CLI command (`migrate`, `demo`, `backup`, …) to completion. */
export async function runCli(args: string[], env: Record<string, string>): Promise<CliResult> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: childEnv({ LOG_LEVEL: "warn", ...env }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => {
    stdout += c.toString("utf8");
  });
  child.stderr.on("data", (c: Buffer) => {
    stderr += c.toString("utf8");
  });
  const code = await new Promise<number | null>((resolve) => child.once("close", (c) => resolve(c)));
  return { code, stdout, stderr };
}

/** Resident memory of a process in MiB, from /proc/<pid>/status (VmRSS). */
export function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(status.match(/^VmRSS:\s+(\d+)\s+kB/m)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/** The logins table printed by `teduh demo`: role, unit, username, password per row. */
export function parseDemoLogins(stdout: string): { role: string; unit: string; username: string; password: string }[] {
  const lines = stdout.split("\n");
  const start = lines.findIndex((l) => l.startsWith("---"));
  const rows: { role: string; unit: string; username: string; password: string }[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.trim()) break;
    const [role = "", unit = "", username = "", password = ""] = line.split(/\s{2,}/);
    rows.push({ role, unit, username, password });
  }
  return rows;
}
