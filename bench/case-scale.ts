import pg from "pg";
import { withFreshPostgres } from "./fresh-postgres.js";
import { signIn } from "./http-session.js";
import { parseDemoLogins, runCli, startServer, waitForHealthy } from "./teduh-process.js";

const TARGET_CASES = Number(process.env.BENCH_CASES ?? 100_000);
const WARM_UPS = 20;
const REQUESTS = 200;
/** Share of the bulk in each status: most cases of a unit that has worked for years are closed. */
const MIX: [status: string, share: number][] = [
  ["closed", 0.7],
  ["open", 0.2],
  ["termination_requested", 0.05],
  ["awaiting_approval", 0.05],
];

export interface ScaleTiming {
  name: string;
  p50Ms: number;
  p95Ms: number;
  bytes: number;
}
export interface CaseScaleBench {
  cases: number;
  perUnit: { unit: string; cases: number }[];
  managerCases: number;
  seedSeconds: number;
  timings: ScaleTiming[];
}

const columnsOf = async (db: pg.Client, table: string): Promise<string[]> =>
  (
    await db.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND table_schema = 'public' ORDER BY ordinal_position",
      [table],
    )
  ).rows.map((r) => r.column_name);

/**
 * `teduh demo` makes the cases of every stage through the factories and the transition table; the bulk copies them
 * (report and case rows, with fresh ids, tracking codes and register numbers, and submission dates spread over five
 * years) in the status mix above, so that the planner sees real row counts, spreads and index sizes.
 */
async function multiplyDemoCases(db: pg.Client, target: number): Promise<void> {
  const have = Number((await db.query("SELECT count(*) AS n FROM cases")).rows[0].n);
  const reportCols = await columnsOf(db, "reports");
  const caseCols = await columnsOf(db, "cases");
  const reportExpr: Record<string, string> = {
    id: "m.new_report",
    tracking_code: "r.tracking_code || '-' || m.n",
    idempotency_key: "NULL",
    created_at: "m.at",
    updated_at: "m.at",
  };
  const caseExpr: Record<string, string> = {
    id: "m.new_case",
    report_id: "m.new_report",
    register_number: "CASE WHEN c.register_number IS NULL THEN NULL ELSE c.register_number || '-' || m.n END",
    submitted_at: "m.at",
    created_at: "m.at",
    updated_at: "m.at",
  };
  const pick = (cols: string[], expr: Record<string, string>, alias: string) =>
    cols.map((col) => expr[col] ?? `${alias}."${col}"`).join(", ");
  await db.query("BEGIN");
  await db.query(
    `CREATE TEMP TABLE bulk_map (case_id uuid, report_id uuid, n int, new_case uuid, new_report uuid, at timestamptz) ON COMMIT DROP`,
  );
  let next = 1;
  for (const [status, share] of MIX) {
    const count = Math.round((target - have) * share);
    await db.query(
      `INSERT INTO bulk_map
       SELECT s.id, s.report_id, g, gen_random_uuid(), gen_random_uuid(), now() - (random() * interval '1825 days')
       FROM generate_series($1::int, $2::int) g
       CROSS JOIN LATERAL (SELECT id, report_id FROM cases WHERE status = $3 AND g > 0 ORDER BY random() LIMIT 1) s`,
      [next, next + count - 1, status],
    );
    next += count;
  }
  await db.query(
    `INSERT INTO reports (${reportCols.map((c) => `"${c}"`).join(", ")})
     SELECT ${pick(reportCols, reportExpr, "r")} FROM bulk_map m JOIN reports r ON r.id = m.report_id`,
  );
  await db.query(
    `INSERT INTO cases (${caseCols.map((c) => `"${c}"`).join(", ")})
     SELECT ${pick(caseCols, caseExpr, "c")} FROM bulk_map m JOIN cases c ON c.id = m.case_id`,
  );
  await db.query("COMMIT");
  // The steady state of a working database: autovacuum has run (visibility map set, statistics fresh).
  await db.query("VACUUM ANALYZE reports");
  await db.query("VACUUM ANALYZE cases");
}

async function timeGets(name: string, url: string, cookie: string): Promise<ScaleTiming> {
  let bytes = 0;
  const get = async () => {
    const res = await fetch(url, { headers: { cookie } });
    const body = await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${name}: ${res.status} ${Buffer.from(body).toString()}`);
    bytes = body.byteLength;
  };
  for (let i = 0; i < WARM_UPS; i++) await get();
  const ms: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const start = performance.now();
    await get();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)] as number;
  return { name, p50Ms: at(0.5), p95Ms: at(0.95), bytes };
}

export async function benchCaseScale(adminUrl: string): Promise<CaseScaleBench | null> {
  return withFreshPostgres(adminUrl, "teduh_scale", async ({ env }) => {
    const db = new pg.Client({ connectionString: env.DATABASE_URL });
    try {
      const demo = await runCli(["demo"], env);
      if (demo.code !== 0) throw new Error(`teduh demo failed (${demo.code}): ${demo.stderr}`);
      const logins = parseDemoLogins(demo.stdout);
      const login = (role: string) => {
        const found = logins.find((l) => l.role === role && l.unit === "UPTD PPA Kabupaten Jember");
        if (!found) throw new Error(`no Jember ${role} in the demo output`);
        return found;
      };
      await db.connect();
      const seedStart = performance.now();
      await multiplyDemoCases(db, TARGET_CASES);
      const seedSeconds = (performance.now() - seedStart) / 1000;
      const perUnit = (
        await db.query<{ unit: string; n: string }>(
          "SELECT u.name AS unit, count(*) AS n FROM cases c JOIN units u ON u.id = c.unit_id GROUP BY u.name ORDER BY u.name",
        )
      ).rows.map((r) => ({ unit: r.unit, cases: Number(r.n) }));
      const manager = login("case_manager");
      const managerCases = Number(
        (
          await db.query("SELECT count(*) AS n FROM cases c JOIN users u ON u.id = c.case_manager_id WHERE u.username = $1", [
            manager.username,
          ])
        ).rows[0].n,
      );
      const cases = Number((await db.query("SELECT count(*) AS n FROM cases")).rows[0].n);
      const server = await startServer(env);
      try {
        await waitForHealthy(server.url);
        const managerCookie = await signIn(server.url, manager.username, manager.password);
        const supervisor = login("supervisor");
        const supervisorCookie = await signIn(server.url, supervisor.username, supervisor.password);
        const api = `${server.url}/api/v1`;
        const timings = [
          await timeGets("baseline: GET /me (case manager)", `${api}/me`, managerCookie),
          await timeGets("case manager: my cases, page 1 (GET /cases?mine=true)", `${api}/cases?mine=true`, managerCookie),
          await timeGets(
            "case manager: my open cases (GET /cases?mine=true&status=open)",
            `${api}/cases?mine=true&status=open`,
            managerCookie,
          ),
          await timeGets("case manager: my cases, page 100", `${api}/cases?mine=true&page=100`, managerCookie),
          await timeGets("supervisor: board (GET /cases/board)", `${api}/cases/board`, supervisorCookie),
          await timeGets("supervisor: the unit's cases, page 1 (GET /cases)", `${api}/cases`, supervisorCookie),
          await timeGets("supervisor: approval queue", `${api}/cases/approval-queue`, supervisorCookie),
        ];
        return { cases, perUnit, managerCases, seedSeconds, timings };
      } finally {
        await server.stop();
      }
    } finally {
      await db.end().catch(() => undefined);
    }
  });
}

export const CASE_SCALE_HEAD = ["request", "p50 ms", "p95 ms", "bytes"];
export const caseScaleRows = (b: CaseScaleBench): string[][] =>
  b.timings.map((t) => [t.name, t.p50Ms.toFixed(1), t.p95Ms.toFixed(1), String(t.bytes)]);

export function caseScaleMarkdown(b: CaseScaleBench | null): string {
  if (!b) return "\n## Case list and board with 100,000 cases\n\nPostgreSQL not reachable: skipped.\n";
  const rows = caseScaleRows(b).map((r) => `| ${r.join(" | ")} |`);
  const target = Math.max(...b.timings.filter((t) => !t.name.startsWith("baseline")).map((t) => t.p95Ms));
  return [
    "",
    `## Case list and board with ${b.cases.toLocaleString("en")} cases (PostgreSQL)`,
    "",
    `Target: p95 under 100 ms. Worst p95 of the case requests: **${target.toFixed(1)} ms** (${target < 100 ? "met" : `missed by ${(target - 100).toFixed(1)} ms`}).`,
    "",
    `\`teduh demo\` creates cases at every stage through the factories and the transition table; the bench then copies them in SQL (${b.seedSeconds.toFixed(0)} s) to ${b.cases.toLocaleString("en")} cases — 70 % closed, 20 % open, 5 % awaiting termination, 5 % awaiting approval, submitted over five years — and runs VACUUM ANALYZE, as autovacuum would have. Cases per unit: ${b.perUnit.map((u) => `${u.unit} ${u.cases.toLocaleString("en")}`).join(", ")}; the Jember case manager measured holds ${b.managerCases.toLocaleString("en")} of them. Each row: ${WARM_UPS} warm-up requests, then ${REQUESTS} sequential authenticated requests over HTTP on one keep-alive connection to the \`npm start\` server (LOG_LEVEL=warn); GET /me is the baseline of the same run.`,
    "",
    `| ${CASE_SCALE_HEAD.join(" | ")} |`,
    `|${CASE_SCALE_HEAD.map(() => "---").join("|")}|`,
    ...rows,
    "",
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchCaseScale(
    process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
  );
  process.stdout.write(`${caseScaleMarkdown(result)}\n`);
}
