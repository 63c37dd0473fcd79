// Turns benchmark results into the table printed to the terminal and the page docs/benchmarks.md.

import type { LoadResult } from "./load.js";
import type { InstallationResult } from "./teduh-bench.js";
import { START_COMMAND } from "./teduh-process.js";

export interface Machine {
  date: string;
  cpus: string;
  node: string;
  postgres: string;
  pglite: string;
  seconds: number;
  connections: number;
}

export interface BenchResults {
  machine: Machine;
  bare: LoadResult & { rssMiB: number };
  installations: InstallationResult[];
}

const ms = (n: number) => `${Math.round(n).toLocaleString("en-US")} ms`;
const mib = (n: number) => `${Math.round(n)} MiB`;
const rate = (n: number) => Math.round(n).toLocaleString("en-US");

/** "met, 1.2 s to spare (40% under)" or "MISSED by 0.9 s (30% over)". */
function verdict(value: number, target: number, unit: (n: number) => string): string {
  const pct = Math.round((Math.abs(target - value) / target) * 100);
  return value < target ? `met: ${unit(target - value)} under (${pct}%)` : `**missed** by ${unit(value - target)} (${pct}% over)`;
}

export function targetRows(results: BenchResults): string[][] {
  const rows: string[][] = [];
  for (const i of results.installations) {
    const rssTarget = i.kind === "PGlite" ? 450 : 200;
    rows.push([
      `${i.kind}: start-up on an existing database (median of ${i.samples.length})`,
      ms(i.readyMedianMs),
      "< 3,000 ms",
      verdict(i.readyMedianMs, 3000, ms),
    ]);
    rows.push([
      `${i.kind}: RSS after ready (median)`,
      mib(i.rssReadyMedianMiB),
      `< ${rssTarget} MiB`,
      verdict(i.rssReadyMedianMiB, rssTarget, mib),
    ]);
    rows.push([
      `${i.kind}: RSS after the /me load`,
      mib(i.rssAfterLoadMiB),
      `< ${rssTarget} MiB`,
      verdict(i.rssAfterLoadMiB, rssTarget, mib),
    ]);
    rows.push([
      `${i.kind}: peak RSS (VmHWM) during the run`,
      mib(i.peakRssMiB),
      `< ${rssTarget} MiB`,
      verdict(i.peakRssMiB, rssTarget, mib),
    ]);
  }
  return rows;
}

export function loadRows(results: BenchResults): string[][] {
  const bare = results.bare;
  const row = (r: LoadResult) => [
    r.label,
    rate(r.requestsPerSecond),
    `${r.p50Ms} ms`,
    `${r.p99Ms} ms`,
    `${Math.round((r.requestsPerSecond / bare.requestsPerSecond) * 100)}%`,
    String(r.failures),
  ];
  return [row(bare), ...results.installations.flatMap((i) => i.load.map(row))];
}

export function startupRows(results: BenchResults): string[][] {
  return results.installations.flatMap((i) =>
    i.samples.map((s, n) => [
      `${i.kind} restart ${n + 1}`,
      ms(s.readyMs),
      ms(s.inProcessMs),
      ms(s.readyMs - s.inProcessMs),
      mib(s.rssMiB),
    ]),
  );
}

function markdownTable(head: string[], rows: string[][]): string {
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join(
    "\n",
  );
}

export function plainTable(head: string[], rows: string[][]): string {
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").replace(/\*/g, "").length)));
  return all.map((r) => r.map((c, i) => c.replace(/\*/g, "").padEnd(widths[i] ?? 0)).join("  ")).join("\n");
}

export const TARGET_HEAD = ["measure", "result", "target", "verdict"];
export const LOAD_HEAD = ["route", "requests/s", "p50", "p99", "of bare Fastify", "errors/non-2xx"];
export const STARTUP_HEAD = [
  "start",
  "until /healthz 200",
  "server's own 'ready in'",
  "node + module loading",
  "RSS after ready",
];

export function markdown(results: BenchResults, notes: string[]): string {
  const m = results.machine;
  return `# Benchmarks

Written by \`npm run bench\` (bench/run.ts); the numbers below are from the last run. Tests never assert on time.

| date | machine | Node.js | PostgreSQL | PGlite |
| --- | --- | --- | --- | --- |
| ${m.date} | ${m.cpus} | ${m.node} | ${m.postgres} | ${m.pglite} |

## Targets

${markdownTable(TARGET_HEAD, targetRows(results))}

## GET /api/v1/me beside a bare Fastify route

${m.connections} concurrent keep-alive connections for ${m.seconds} s each (autocannon, after a warm-up), the load generator on
the same 2-core machine as the server. The bare Fastify app has one route returning \`{ok:true}\`, no plugins, no logger and no
database (RSS ${mib(results.bare.rssMiB)}). \`/me\` is signed in as a demo case manager: every request loads the session and the
role grants from the database, then the user and unit names.

${markdownTable(LOAD_HEAD, loadRows(results))}

## Start-ups on an existing database

Each start is a new process started as \`npm start\` does (\`${START_COMMAND}\`); the database was created beforehand by \`teduh demo\`.
\`bin/teduh.js\` runs the server's build (\`dist/server\`, made by \`npm start\`'s prestart from the sources, \`scripts/server-build.mjs\`). Until
2026-12-03 it loaded the TypeScript sources through tsx on every start; A/B on this machine the same hour (PGlite, existing
database, one start each, interleaved): 1,942 / 1,952 / 1,556 ms with the build against 2,776 / 2,946 / 2,408 ms through tsx, and in
the full runs of this page that day PGlite 2,985 -> 2,274 ms and PostgreSQL 2,123 -> 1,303 ms, with RSS after ready 271 -> 226 MiB
and 149 -> 105 MiB (tsx and esbuild are no longer loaded into the server).

${markdownTable(STARTUP_HEAD, startupRows(results))}

## Notes

${notes.map((n) => `- ${n}`).join("\n")}
`;
}
