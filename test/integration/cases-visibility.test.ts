// Who sees which case: one predicate behind every case query (lists, a case, notes, identity, queue, board).
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makePost, makeUnit, makeUser, type UserSpec } from "../../src/demo/factories.js";
import { Client } from "../helpers/client.js";
import { WALK_IN } from "../helpers/intake-body.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

describe.each(DATABASES)("case visibility on %s", (kind) => {
  let t: TestApp;
  let jember: string;
  let post: string;
  const users: Record<string, MadeUser> = {};
  const clients: Record<string, Client> = {};
  /** awaiting: submitted by officer, awaiting approval; managed: approved to cm1; other: approved to cm2, submitted by officer2. */
  const ids: Record<"awaiting" | "managed" | "other", string> = { awaiting: "", managed: "", other: "" };

  const listed = async (who: string) => {
    const res = await clients[who]?.get("/cases?pageSize=100");
    return res?.status === 200 ? (res.body.items as { id: string }[]).map((c) => c.id).sort() : res?.status;
  };
  const submit = async (by: Client) => {
    const created = await by.post("/reports", { ...WALK_IN, unitId: jember, postId: post });
    await by.post(`/reports/${created.body.id}/submit`, { version: 1 });
    const r = await t.ctx.database.db.execute(sql`SELECT id FROM cases WHERE report_id = ${created.body.id}`);
    return (r as unknown as { rows: { id: string }[] }).rows[0]?.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.ctx.database.db;
    jember = (await makeUnit(db)).id;
    const surabaya = (await makeUnit(db, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" })).id;
    post = (await makePost(db, jember)).id;
    const specs: Record<string, UserSpec["roles"]> = {
      head: [{ role: "head", unitId: jember }],
      supervisor: [{ role: "supervisor", unitId: jember }],
      officer: [{ role: "intake_officer", unitId: jember }],
      officer2: [{ role: "intake_officer", unitId: jember }],
      cm1: [{ role: "case_manager", unitId: jember }],
      cm2: [{ role: "case_manager", unitId: jember }],
      provider: [{ role: "service_provider", unitId: jember }],
      dataTeam: [{ role: "data_team", unitId: jember }],
      admin: [{ role: "admin", unitId: null }],
      outsider: [
        { role: "head", unitId: surabaya },
        { role: "supervisor", unitId: surabaya },
        { role: "case_manager", unitId: surabaya },
      ],
    };
    for (const [name, roles] of Object.entries(specs)) {
      users[name] = await makeUser(t.ctx, db, { roles, profession: name === "provider" ? "psikolog" : undefined });
      const c = new Client(t.app);
      expect((await c.signIn(users[name].username, users[name].password)).status).toBe(200);
      clients[name] = c;
    }
    const sup = clients.supervisor as Client;
    ids.awaiting = await submit(clients.officer as Client);
    ids.managed = await submit(clients.officer as Client);
    ids.other = await submit(clients.officer2 as Client);
    for (const [id, cm] of [
      [ids.managed, users.cm1],
      [ids.other, users.cm2],
    ] as const) {
      expect((await sup.post(`/cases/${id}/events`, { event: "approve", version: 1, caseManagerId: cm?.id })).status).toBe(200);
    }
  });
  afterAll(() => t.close());

  it("the head and supervisors see every case of the unit", async () => {
    const all = [ids.awaiting, ids.managed, ids.other].sort();
    expect(await listed("head")).toEqual(all);
    expect(await listed("supervisor")).toEqual(all);
    for (const id of all) expect((await clients.head?.get(`/cases/${id}`))?.status).toBe(200);
  });

  it("pages follow the urgency order without a gap or a repeat, and a page past the end is empty", async () => {
    const page = async (n: number) => (await (clients.head as Client).get(`/cases?pageSize=1&page=${n}`)).body;
    const before = await t.ctx.database.db.execute(sql`SELECT risk_level FROM cases WHERE id = ${ids.other}`);
    await t.ctx.database.db.execute(sql`UPDATE cases SET risk_level = 'high' WHERE id = ${ids.other}`);
    try {
      const all = await (clients.head as Client).get("/cases?pageSize=100");
      const whole = (all.body.items as { id: string }[]).map((c) => c.id);
      expect(whole[0]).toBe(ids.other);
      const pages = [await page(1), await page(2), await page(3)];
      expect(pages.flatMap((p) => p.items.map((c: { id: string }) => c.id))).toEqual(whole);
      for (const p of pages) expect(p.total).toBe(3);
      const past = await page(4);
      expect(past.items).toEqual([]);
      expect(past.total).toBe(3);
    } finally {
      const risk = (before as unknown as { rows: { risk_level: string | null }[] }).rows[0]?.risk_level ?? null;
      await t.ctx.database.db.execute(sql`UPDATE cases SET risk_level = ${risk} WHERE id = ${ids.other}`);
    }
  });

  it("a case manager sees only the cases they manage", async () => {
    expect(await listed("cm1")).toEqual([ids.managed]);
    expect((await clients.cm1?.get(`/cases/${ids.other}`))?.status).toBe(404);
    expect((await clients.cm1?.get(`/cases/${ids.awaiting}`))?.status).toBe(404);
    expect((await clients.cm1?.get("/cases?mine=true"))?.body.total).toBe(1);
  });

  it("an intake officer sees the complaints they submitted until approval, and nothing after", async () => {
    expect(await listed("officer")).toEqual([ids.awaiting]);
    expect((await clients.officer?.get(`/cases/${ids.awaiting}`))?.body.allowedEvents).toEqual([]);
    expect((await clients.officer?.get(`/cases/${ids.managed}`))?.status).toBe(404);
    expect(await listed("officer2")).toEqual([]);
  });

  it("a provider sees nothing until they hold an intervention in a case, then only that case", async () => {
    expect(await listed("provider")).toEqual([]);
    expect((await clients.provider?.get(`/cases/${ids.managed}`))?.status).toBe(404);
    await t.ctx.database.db.execute(
      sql`INSERT INTO interventions (case_id, provider_id, service_type) VALUES (${ids.managed}, ${users.provider?.id}, 'psychological')`,
    );
    expect(await listed("provider")).toEqual([ids.managed]);
    const seen = await clients.provider?.get(`/cases/${ids.managed}`);
    expect(seen?.status).toBe(200);
    expect(seen?.body.allowedEvents).toEqual([]);
    expect((await clients.provider?.post(`/cases/${ids.managed}/identity`))?.status).toBe(403);
    expect((await clients.provider?.get(`/cases/${ids.managed}/notes`))?.status).toBe(403);
  });

  it("the data team and the administrator reach no case endpoint", async () => {
    for (const who of ["dataTeam", "admin"]) {
      const c = clients[who] as Client;
      expect(await listed(who)).toBe(403);
      expect((await c.get(`/cases/${ids.managed}`)).status).toBe(403);
      expect((await c.get("/cases/approval-queue")).status).toBe(403);
      expect((await c.get("/cases/board")).status).toBe(403);
      expect((await c.post(`/cases/${ids.managed}/identity`)).status).toBe(403);
    }
  });

  it("another unit's head, supervisor and case manager see nothing: 404 on every case, empty lists", async () => {
    const c = clients.outsider as Client;
    expect(await listed("outsider")).toEqual([]);
    expect((await c.get("/cases/approval-queue")).body).toEqual([]);
    for (const id of Object.values(ids)) {
      for (const [method, path, body] of [
        ["GET", `/cases/${id}`, undefined],
        ["GET", `/cases/${id}/notes`, undefined],
        ["POST", `/cases/${id}/notes`, { content: "x" }],
        ["POST", `/cases/${id}/identity`, {}],
        ["POST", `/cases/${id}/events`, { event: "reassign_case_manager", version: 2, caseManagerId: users.cm1?.id }],
      ] as const) {
        const res = await c.request(method, path, body);
        expect(res.status, `${method} ${path}`).toBe(404);
        expect(res.body.error.code).toBe("not_found");
      }
    }
  });
});
