import http from "node:http";
import pg from "pg";
import { newIdempotencyKey } from "../src/modules/reports/public/report-secrets.js";
import { FieldCipher } from "../src/platform/crypto/field-encryption.js";
import { loadKeyRing } from "../src/platform/crypto/keys.js";
import { withFreshPostgres } from "./fresh-postgres.js";
import { signIn } from "./http-session.js";
import { quantile } from "./plain-inserts.js";
import { reportBody } from "./report-submit.js";
import { parseDemoLogins, runCli, startServer, waitForHealthy } from "./teduh-process.js";

const RATE = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP = 25;
const LIFTED_LIMIT = "1000000000";

export interface LatencyBench {
  rate: number;
  sent: number;
  received: number;
  failures: number;
  /** Report sent -> its event on the officer's stream. */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Report sent -> the reporter's answer (the commit), the same reports: the baseline of this run. */
  answerP50Ms: number;
  answerP99Ms: number;
}

/** Opens GET /api/v1/events as the console's EventSource does; calls `onEvent` with the report id and the arrival time. */
function openStream(url: string, cookie: string, onEvent: (id: string, at: number) => void): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${url}/api/v1/events`, { headers: { accept: "text/event-stream", cookie } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`event stream answered ${res.statusCode}`));
      let buffer = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        const at = performance.now();
        buffer += chunk;
        const blocks = buffer.split("\n\n");
        buffer = blocks.pop() ?? "";
        for (const block of blocks) {
          const data = block
            .split("\n")
            .filter((line) => line.startsWith("data:"))
            .map((line) => line.slice(5).trim())
            .join("\n");
          if (!data) continue;
          const event = JSON.parse(data) as { type?: string; id?: string };
          if (event.type === "report.received" && event.id) onEvent(event.id, at);
        }
      });
      resolve(() => request.destroy());
    });
    request.on("error", reject);
  });
}

export async function benchReportLatency(adminUrl: string): Promise<LatencyBench | null> {
  return withFreshPostgres(adminUrl, "teduh_latency", async ({ env }) => {
    const demo = await runCli(["demo"], env);
    if (demo.code !== 0) throw new Error(`teduh demo failed (${demo.code}): ${demo.stderr}`);
    const officer = parseDemoLogins(demo.stdout).find(
      (l) => l.role === "intake_officer" && l.unit === "UPTD PPA Kabupaten Jember",
    );
    if (!officer) throw new Error("no Jember intake officer in the demo output");
    const cipher = new FieldCipher(loadKeyRing(env, undefined));
    const server = await startServer({ ...env, LOG_LEVEL: "warn", TEDUH_REPORT_SUBMITS_PER_HOUR: LIFTED_LIMIT });
    try {
      await waitForHealthy(server.url);
      const cookie = await signIn(server.url, officer.username, officer.password);
      const arrivals = new Map<string, number>();
      const close = await openStream(server.url, cookie, (id, at) => arrivals.set(id, at));
      const sentAt = new Map<string, number>();
      const answered: number[] = [];
      let failures = 0;
      let n = 0;
      const send = async (measured: boolean) => {
        const key = newIdempotencyKey(cipher);
        const start = performance.now();
        if (measured) sentAt.set(key, start);
        try {
          const res = await fetch(`${server.url}/lapor`, {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            body: reportBody(key, ++n),
          });
          const text = await res.text();
          if (res.status !== 200 || !text.includes('id="tracking-code"')) failures++;
          else if (measured) answered.push(performance.now() - start);
        } catch {
          failures++;
        }
      };
      for (let i = 0; i < WARM_UP; i++) await send(false);
      // Paced, not closed-loop: one report every 1000/RATE ms whatever the answers do.
      const inFlight: Promise<void>[] = [];
      const started = performance.now();
      for (let i = 0; i < RATE * SECONDS; i++) {
        const due = started + (i * 1000) / RATE;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        inFlight.push(send(true));
      }
      await Promise.all(inFlight);
      const deadline = performance.now() + 5000;
      const db = new pg.Client({ connectionString: env.DATABASE_URL });
      await db.connect();
      let latencies: number[] = [];
      try {
        const keys = [...sentAt.keys()];
        while (performance.now() < deadline) {
          const rows = (
            await db.query<{ id: string; key: string }>(
              "SELECT id, idempotency_key AS key FROM reports WHERE idempotency_key = ANY($1)",
              [keys],
            )
          ).rows;
          latencies = rows.flatMap((r) => {
            const arrived = arrivals.get(r.id);
            const sent = sentAt.get(r.key);
            return arrived !== undefined && sent !== undefined ? [arrived - sent] : [];
          });
          if (latencies.length >= rows.length && rows.length === keys.length) break;
          await new Promise((r) => setTimeout(r, 100));
        }
      } finally {
        await db.end();
        close();
      }
      latencies.sort((a, b) => a - b);
      answered.sort((a, b) => a - b);
      return {
        rate: RATE,
        sent: sentAt.size,
        received: latencies.length,
        failures,
        p50Ms: quantile(latencies, 0.5),
        p99Ms: quantile(latencies, 0.99),
        maxMs: latencies.at(-1) ?? Number.NaN,
        answerP50Ms: quantile(answered, 0.5),
        answerP99Ms: quantile(answered, 0.99),
      };
    } finally {
      await server.stop();
    }
  });
}

export const LATENCY_HEAD = ["measure (PostgreSQL)", "p50 ms", "p99 ms", "max ms"];
export const latencyRows = (b: LatencyBench): string[][] => [
  ["report sent -> reporter's answer (baseline)", b.answerP50Ms.toFixed(1), b.answerP99Ms.toFixed(1), "—"],
  ["report sent -> event on the officer's stream", b.p50Ms.toFixed(1), b.p99Ms.toFixed(1), b.maxMs.toFixed(1)],
];

export function latencyMarkdown(b: LatencyBench | null): string {
  if (!b) return "\n## From a report to the intake queue\n\nPostgreSQL not reachable: skipped.\n";
  const met = b.p99Ms < 200 ? "met" : `missed by ${(b.p99Ms - 200).toFixed(0)} ms`;
  return [
    "",
    "## From a report to the intake queue (PostgreSQL)",
    "",
    `Target: p99 under 200 ms at ${b.rate} reports a second. Measured: **p99 ${b.p99Ms.toFixed(1)} ms** (${met}).`,
    "",
    `An intake officer of the Jember unit (\`teduh demo\`) holds \`GET /api/v1/events\` open on the \`npm start\` server; the bench sends ${b.sent} public reports (POST /lapor, the form without evidence, every one a new report routed to Jember) paced at ${b.rate} a second for ${SECONDS} s, and times each from sending to its \`report.received\` event on the officer's stream (matched by the report's form key in the database). ${b.received} of ${b.sent} arrived; ${b.failures} requests failed. The reporter's answer (the commit) of the same reports is the baseline.`,
    "",
    `| ${LATENCY_HEAD.join(" | ")} |`,
    `|${LATENCY_HEAD.map(() => "---").join("|")}|`,
    ...latencyRows(b).map((r) => `| ${r.join(" | ")} |`),
    "",
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchReportLatency(
    process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
  );
  process.stdout.write(`${latencyMarkdown(result)}\n`);
}
