// Live updates: Server-Sent Events of the user's units only (ids and types), and across two server processes on PostgreSQL.
import http from "node:http";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makePost, makeUnit, makeUser } from "../../src/demo/factories.js";
import type { AppContext } from "../../src/platform/http/context.js";
import { buildApp } from "../../src/server/app.js";
import { loadConfig } from "../../src/server/config.js";
import { Client } from "../helpers/client.js";
import { WALK_IN } from "../helpers/intake-body.js";
import { createTestDatabase, DATABASES, type TestDatabase, testCipher } from "../helpers/test-app.js";

interface Stream {
  events: { event: string; data: Record<string, unknown> }[];
  raw: string;
  waitFor(
    pred: (e: { event: string; data: Record<string, unknown> }) => boolean,
  ): Promise<{ event: string; data: Record<string, unknown> }>;
  close(): void;
  /** Settles when the server ends the stream. */
  ended: Promise<void>;
}

/** Opens GET /api/v1/events on a listening server with the client's cookies, like a browser's EventSource. */
function openStream(app: FastifyInstance, client: Client): Promise<Stream> {
  const address = app.server.address() as { port: number };
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  return new Promise((resolve, reject) => {
    const req = http.get(
      { port: address.port, host: "127.0.0.1", path: "/api/v1/events", headers: { cookie, accept: "text/event-stream" } },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`status ${res.statusCode}`));
        const stream: Stream = {
          events: [],
          raw: "",
          waitFor: (pred) =>
            new Promise((ok, fail) => {
              const timer = setTimeout(() => fail(new Error(`event not seen; got ${stream.raw}`)), 10_000);
              const check = () => {
                const hit = stream.events.find(pred);
                if (hit) {
                  clearTimeout(timer);
                  ok(hit);
                } else setTimeout(check, 20);
              };
              check();
            }),
          close: () => req.destroy(),
          ended: new Promise((done) => res.on("end", () => done())),
        };
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          stream.raw += chunk;
          const blocks = stream.raw.split("\n\n");
          stream.events = blocks
            .filter((b) => b.includes("data: "))
            .map((b) => ({
              event: /event: (.+)/.exec(b)?.[1] ?? "message",
              data: JSON.parse(/data: (.+)/.exec(b)?.[1] ?? "{}") as Record<string, unknown>,
            }));
        });
        expect(res.headers["content-type"]).toContain("text/event-stream");
        resolve(stream);
      },
    );
    req.on("error", reject);
  });
}

async function listeningApp(
  database: TestDatabase["database"],
  cipher = testCipher(),
): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const ctx: AppContext = { config: loadConfig({}, { scryptCost: 1024, logLevel: "silent" }), database, cipher };
  const app = await buildApp(ctx, { logger: false });
  await app.listen({ port: 0, host: "127.0.0.1" });
  return { app, ctx };
}

const signedIn = async (app: FastifyInstance, u: MadeUser) => {
  const c = new Client(app);
  expect((await c.signIn(u.username, u.password)).status).toBe(200);
  return c;
};

/** The writer enters a walk-in complaint; the stream hears its report.received; the stream is closed after. */
async function hearsNextComplaint(stream: Stream, writer: Client, unitId: string, postId: string): Promise<void> {
  try {
    const created = await writer.post("/reports", { ...WALK_IN, unitId, postId });
    expect(created.status).toBe(201);
    const seen = await stream.waitFor((e) => e.event === "report.received");
    expect(seen.data).toMatchObject({ unitId, id: created.body.id });
  } finally {
    stream.close();
  }
}

describe.each(DATABASES)("live updates on %s", (kind) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let ctx: AppContext;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    ({ app, ctx } = await listeningApp(db.database));
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  it("an officer's stream gets their unit's new and decided complaints, ids only, and nothing of another unit", async () => {
    const d = ctx.database.db;
    const jember = (await makeUnit(d)).id;
    const surabaya = (await makeUnit(d, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" })).id;
    const jemberPost = (await makePost(d, jember)).id;
    const surabayaPost = (await makePost(d, surabaya)).id;
    const watcher = await signedIn(app, await makeUser(ctx, d, { roles: [{ role: "intake_officer", unitId: jember }] }));
    const colleague = await signedIn(app, await makeUser(ctx, d, { roles: [{ role: "intake_officer", unitId: jember }] }));
    const other = await signedIn(app, await makeUser(ctx, d, { roles: [{ role: "intake_officer", unitId: surabaya }] }));
    const stream = await openStream(app, watcher);
    try {
      const foreign = await other.post("/reports", { ...WALK_IN, unitId: surabaya, postId: surabayaPost, inDanger: true });
      const mine = await colleague.post("/reports", { ...WALK_IN, unitId: jember, postId: jemberPost, inDanger: true });
      expect(mine.status).toBe(201);
      const received = await stream.waitFor((e) => e.event === "report.received");
      expect(received.data).toEqual({ type: "report.received", unitId: jember, id: mine.body.id, data: { inDanger: true } });
      await colleague.put(`/reports/${mine.body.id}/risk`, { riskLevel: "high" });
      await stream.waitFor((e) => e.event === "report.updated" && e.data.id === mine.body.id);
      expect(stream.raw).not.toContain(foreign.body.id);
      expect(stream.raw).not.toContain("Dewi");
    } finally {
      stream.close();
    }
  });

  it("the stream is refused without an event-stream Accept header (406) and to a case manager (403)", async () => {
    const d = ctx.database.db;
    const unit = (await makeUnit(d)).id;
    const officer = await signedIn(app, await makeUser(ctx, d, { roles: [{ role: "intake_officer", unitId: unit }] }));
    expect((await officer.get("/events")).status).toBe(406);
    const cm = await signedIn(app, await makeUser(ctx, d, { roles: [{ role: "case_manager", unitId: unit }] }));
    expect((await cm.request("GET", "/events", undefined, { accept: "text/event-stream" })).status).toBe(403);
  });

  it.runIf(kind === "postgres")(
    "after its LISTEN connection is lost, open streams are ended once it listens again (browsers reconnect and read afresh); a new stream hears the next complaint",
    async () => {
      const d = ctx.database.db;
      const unit = (await makeUnit(d)).id;
      const post = (await makePost(d, unit)).id;
      const watcher = await signedIn(app, await makeUser(ctx, d, { roles: [{ role: "supervisor", unitId: unit }] }));
      const writer = await signedIn(app, await makeUser(ctx, d, { roles: [{ role: "intake_officer", unitId: unit }] }));
      const before = await openStream(app, watcher);
      const admin = new pg.Client({ connectionString: db.url as string });
      await admin.connect();
      try {
        const ended = await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND query = 'LISTEN "teduh_events"'`,
        );
        expect(ended.rowCount).toBe(1);
        await before.ended;
        await hearsNextComplaint(await openStream(app, watcher), writer, unit, post);
      } finally {
        before.close();
        await admin.end();
      }
    },
  );
});

describe.runIf(process.env.TEST_DATABASE_URL)("live updates across two server processes on PostgreSQL", () => {
  let db: TestDatabase;
  let second: TestDatabase["database"];
  const apps: FastifyInstance[] = [];
  beforeAll(async () => {
    db = await createTestDatabase("postgres");
    const { openDatabase } = await import("../../src/platform/db/connection.js");
    second = await openDatabase({ databaseUrl: db.url as string });
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await second.close();
    await db.drop();
  });

  it("a complaint entered on process A reaches an officer listening on process B", async () => {
    const cipher = testCipher();
    const a = await listeningApp(db.database, cipher);
    const b = await listeningApp(second, cipher);
    apps.push(a.app, b.app);
    const d = a.ctx.database.db;
    const unit = (await makeUnit(d)).id;
    const post = (await makePost(d, unit)).id;
    const listener = await signedIn(b.app, await makeUser(a.ctx, d, { roles: [{ role: "supervisor", unitId: unit }] }));
    const writer = await signedIn(a.app, await makeUser(a.ctx, d, { roles: [{ role: "intake_officer", unitId: unit }] }));
    await hearsNextComplaint(await openStream(b.app, listener), writer, unit, post);
  });
});
