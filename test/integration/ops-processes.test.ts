import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { completeSetup, getJson, signIn } from "../../bench/http-session.js";
import { reportBody } from "../../bench/report-submit.js";
import { parseDemoLogins, ROOT, runCli, startServer, stopAllServers } from "../../bench/teduh-process.js";
import { newIdempotencyKey } from "../../src/modules/reports/public/report-secrets.js";
import { FieldCipher } from "../../src/platform/crypto/field-encryption.js";
import { loadKeyRing } from "../../src/platform/crypto/keys.js";
import { openDatabase } from "../../src/platform/db/connection.js";
import { processDatabase } from "../helpers/process-database.js";

const READY = /Teduh siap \/ ready: /;
const SETUP_LINK = /(http:\/\/127\.0\.0\.1:\d+\/console\/setup#token=[\w-]+)/;
/** Cheap password hashing: these processes create many demo users. */
const FAST = { TEDUH_SCRYPT_COST: "1024" };
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "teduh-ops-"));
  dirs.push(dir);
  return dir;
};
const cleanups: (() => Promise<void>)[] = [];
/** Each test starts several processes; on 2 busy cores a fresh PGlite directory alone takes ~10 s. */
const SLOW = 150_000;

/** A new database on TEST_DATABASE_URL, dropped after the file: the environment of a server on it. */
async function freshPostgres(): Promise<Record<string, string>> {
  const database = await processDatabase("teduh_ops");
  cleanups.push(() => database.drop());
  return database.env;
}

afterAll(async () => {
  await stopAllServers();
  for (const cleanup of cleanups) await cleanup().catch(() => {});
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe.concurrent("teduh as real processes", () => {
  it(
    "PGlite: first start prints the setup link and is healthy; a second process on the dir is refused; a restart migrates nothing",
    async () => {
      const dataDir = tempDir();
      const first = await startServer({ TEDUH_DATA_DIR: dataDir });
      const [, link] = await first.waitFor(SETUP_LINK);
      expect(link).toContain(`${first.url}/console/setup#token=`);
      expect(first.output()).toMatch(READY);
      const health = await getJson(first.url, "/healthz");
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({ status: "ok" });

      const second = await startServer({ TEDUH_DATA_DIR: dataDir });
      const code = await second.exited;
      expect(code).not.toBe(0);
      expect(second.output()).toContain("in use");
      expect(second.output()).not.toMatch(READY);
      await first.stop();

      const restartedAt = new Date();
      const again = await startServer({ TEDUH_DATA_DIR: dataDir });
      await again.waitFor(READY);
      expect((await getJson(again.url, "/healthz")).status).toBe(200);
      expect(await again.stop()).toBe(0);

      const journal = JSON.parse(fs.readFileSync(path.join(ROOT, "src/platform/db/migrations/meta/_journal.json"), "utf8"));
      const database = await openDatabase({ dataDir });
      try {
        const { rows } = await database.withConnection((q) => q("SELECT applied_at FROM teduh_migrations"));
        expect(rows).toHaveLength(journal.entries.length);
        for (const row of rows) expect(new Date(row.applied_at as string).getTime()).toBeLessThan(restartedAt.getTime());
      } finally {
        await database.close();
      }
    },
    SLOW,
  );

  it(
    "demo on a fresh dir prints logins that sign in; verify-audit exits 0, and 3 once an event is tampered with",
    async () => {
      const dataDir = tempDir();
      const demo = await runCli(["demo"], { ...FAST, TEDUH_DATA_DIR: dataDir });
      expect(demo.code, demo.stderr).toBe(0);
      expect(demo.stdout).toMatch(/WARNING: these are DEMO accounts/);
      const logins = parseDemoLogins(demo.stdout);
      expect(logins.length).toBeGreaterThanOrEqual(40);
      const supervisor = logins.find((l) => l.role === "supervisor" && l.unit === "UPTD PPA Kabupaten Jember");
      expect(supervisor).toBeDefined();

      const server = await startServer({ ...FAST, TEDUH_DATA_DIR: dataDir });
      await server.waitFor(READY);
      expect(server.output()).not.toMatch(SETUP_LINK);
      const cookie = await signIn(server.url, supervisor!.username, supervisor!.password);
      const me = await getJson(server.url, "/api/v1/me", cookie);
      expect(me.status).toBe(200);
      expect(me.body.roles).toEqual([expect.objectContaining({ role: "supervisor", unitName: "UPTD PPA Kabupaten Jember" })]);
      await server.stop();

      const intact = await runCli(["verify-audit"], { TEDUH_DATA_DIR: dataDir });
      expect(intact.code, intact.stderr).toBe(0);
      expect(intact.stdout).toMatch(/audit chain intact/);

      const database = await openDatabase({ dataDir });
      try {
        await database.withConnection(async (q) => {
          await q("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update");
          await q("UPDATE audit_events SET action = 'x' WHERE seq = 1");
          await q("ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update");
        });
      } finally {
        await database.close();
      }
      const broken = await runCli(["verify-audit"], { TEDUH_DATA_DIR: dataDir });
      expect(broken.code).toBe(3);
      expect(broken.stdout).toMatch(/AUDIT CHAIN BROKEN at event #1/);
    },
    SLOW,
  );

  it(
    "TEDUH_WORKERS > 1 on the embedded database is refused at once, with the reason",
    async () => {
      const server = await startServer({ TEDUH_DATA_DIR: tempDir(), TEDUH_WORKERS: "2" });
      expect(await server.exited).not.toBe(0);
      expect(server.output()).toContain("TEDUH_WORKERS > 1 needs PostgreSQL");
      expect(server.output()).not.toMatch(READY);
    },
    SLOW,
  );

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "TEDUH_WORKERS=2 on PostgreSQL: two processes share the port, one setup link, a dead one is replaced, all stop together",
    async () => {
      const env = { ...(await freshPostgres()), TEDUH_WORKERS: "2" };
      const server = await startServer(env);
      await server.waitFor(/Teduh siap \/ ready: .*\(PostgreSQL, 2 processes\)/);
      await server.waitFor(SETUP_LINK);
      expect(server.output().match(/console\/setup#token=/g)).toHaveLength(1);
      const workers = () =>
        fs
          .readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, "utf8")
          .trim()
          .split(/\s+/)
          .filter(Boolean)
          .map(Number);
      expect(workers()).toHaveLength(2);
      const answers = await Promise.all(Array.from({ length: 8 }, () => getJson(server.url, "/healthz")));
      for (const a of answers) expect(a.status).toBe(200);

      const [victim] = workers();
      process.kill(victim as number, "SIGKILL");
      await server.waitFor(/server process \d ended .*starting it again/);
      for (let i = 0; i < 100 && (workers().length < 2 || workers().includes(victim as number)); i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(workers()).toHaveLength(2);
      expect(workers()).not.toContain(victim);
      for (let i = 0; i < 100 && (await getJson(server.url, "/healthz").catch(() => ({ status: 0 }))).status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const left = workers();
      expect(await server.stop()).toBe(0);
      for (const pid of left) expect(fs.existsSync(`/proc/${pid}`)).toBe(false);
    },
    SLOW,
  );

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "two servers started together on one PostgreSQL database both come up, and a session from one works on the other",
    async () => {
      const env = await freshPostgres();
      const [a, b] = await Promise.all([startServer(env), startServer(env)]);
      const [[, link]] = await Promise.all([a!.waitFor(SETUP_LINK), b!.waitFor(READY)]);
      for (const s of [a!, b!])
        expect(await getJson(s.url, "/healthz")).toEqual({ status: 200, body: { status: "ok", database: "postgres" } });

      const cookie = await completeSetup(a!.url, link as string);
      const me = await getJson(b!.url, "/api/v1/me", cookie);
      expect(me.status).toBe(200);
      expect(me.body.username).toBe("admin.ops");
      expect(me.body.roles).toEqual([{ role: "admin", unitId: null, unitName: null }]);
      await Promise.all([a!.stop(), b!.stop()]);
    },
    SLOW,
  );

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "a report received in full is stored when its reporter's connection broke and the server is stopped meanwhile",
    async () => {
      const env = await freshPostgres();
      expect((await runCli(["demo"], { ...FAST, ...env })).code).toBe(0);
      const server = await startServer({ ...FAST, ...env });
      await server.waitFor(READY);
      const cipher = new FieldCipher(loadKeyRing(env, undefined));
      const keys = [newIdempotencyKey(cipher), newIdempotencyKey(cipher)];
      // The reports table held by another transaction: the first report's batch waits on it, the second queues behind.
      const holder = new pg.Client({ connectionString: env.DATABASE_URL });
      await holder.connect();
      await holder.query("BEGIN");
      await holder.query("LOCK TABLE reports IN EXCLUSIVE MODE");
      const { port } = new URL(server.url);
      const sockets: net.Socket[] = [];
      for (const [i, key] of keys.entries()) {
        const body = reportBody(key, i + 1);
        const socket = net.connect(Number(port), "127.0.0.1");
        socket.on("error", () => {});
        socket.write(
          `POST /lapor HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
        );
        sockets.push(socket);
        await new Promise((r) => setTimeout(r, 500));
      }
      // The reporters' phones lose their connection, then the server is told to stop, then the table is free again.
      for (const socket of sockets) socket.destroy();
      await new Promise((r) => setTimeout(r, 200));
      server.child.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 500));
      await holder.query("COMMIT");
      expect(await server.exited).toBe(0);
      const stored = await holder.query("SELECT count(*)::int AS n FROM reports WHERE idempotency_key = ANY($1)", [keys]);
      await holder.end();
      expect(stored.rows[0].n).toBe(2);
      expect(server.output()).not.toContain("Cannot use a pool after calling end");
    },
    SLOW,
  );
});
