// Security settings (two-factor per role) and the audit log: reading, filtering, paging, unit scope and chain checks.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makeUnit, makeUser, type UserSpec } from "../../src/demo/factories.js";
import { Client } from "../helpers/client.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

interface EventT {
  seq: number;
  at: string;
  action: string;
  actorId: string | null;
  actorName: string | null;
  unitId: string | null;
  details: Record<string, unknown>;
}

const POST = { name: "Pos Pengaduan", address: "Kantor Kecamatan", latitude: -8.2, longitude: 114.3 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(DATABASES)("security settings and the audit log on %s", (kind) => {
  let t: TestApp;
  let jember: string;
  let banyuwangi: string;
  let root: Client;
  let rootUser: MadeUser;
  let jemberAdmin: Client;
  let banyuwangiAdmin: Client;
  let banyuwangiAdminUser: MadeUser;

  const staff = (roles: UserSpec["roles"], spec: Partial<UserSpec> = {}) =>
    makeUser(t.ctx, t.ctx.database.db, { roles, ...spec });
  const signedIn = async (u: MadeUser) => {
    const c = new Client(t.app);
    expect((await c.signIn(u.username, u.password)).body).toEqual({ status: "signed_in" });
    return c;
  };
  const audit = async (c: Client, filters: Record<string, string | number> = {}) => {
    const query = new URLSearchParams(Object.entries(filters).map(([k, v]): [string, string] => [k, String(v)])).toString();
    const res = await c.get<{ events: EventT[]; nextBefore: number | null }>(`/audit${query ? `?${query}` : ""}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.ctx.database.db;
    jember = (await makeUnit(db)).id;
    banyuwangi = (await makeUnit(db, { name: "UPTD PPA Kabupaten Banyuwangi", regionCode: "3510" })).id;
    rootUser = await staff([{ role: "admin", unitId: null }], { displayName: "Admin Instalasi" });
    root = await signedIn(rootUser);
    jemberAdmin = await signedIn(await staff([{ role: "admin", unitId: jember }]));
    banyuwangiAdminUser = await staff([{ role: "admin", unitId: banyuwangi }], { displayName: "Admin Banyuwangi" });
    banyuwangiAdmin = await signedIn(banyuwangiAdminUser);
  });
  afterAll(() => t.close());

  it("an installation administrator reads and changes the security settings; the change is audited", async () => {
    expect((await root.get("/settings/security")).body).toEqual({ mfaRequiredRoles: [] });
    const res = await root.put("/settings/security", { mfaRequiredRoles: ["supervisor", "head", "supervisor"] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ mfaRequiredRoles: ["head", "supervisor"] });
    expect((await root.get("/settings/security")).body).toEqual({ mfaRequiredRoles: ["head", "supervisor"] });
    const [event] = (await audit(root, { action: "settings.updated" })).events;
    expect(event).toMatchObject({
      actorId: rootUser.id,
      actorName: "Admin Instalasi",
      unitId: null,
      details: { mfaRequiredRoles: ["head", "supervisor"] },
    });
    expect((await root.put("/settings/security", { mfaRequiredRoles: [] })).body).toEqual({ mfaRequiredRoles: [] });
  });

  it("a unit administrator may not read or change the security settings (403 installation_admin_required)", async () => {
    for (const res of [
      await jemberAdmin.get("/settings/security"),
      await jemberAdmin.put("/settings/security", { mfaRequiredRoles: [] }),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("installation_admin_required");
    }
  });

  it("an unknown role in the settings is refused with the field named", async () => {
    const res = await root.put("/settings/security", { mfaRequiredRoles: ["superuser"] });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe("mfaRequiredRoles.0");
  });

  it("requiring two-factor for a role limits its signed-in users to enrolment at once; other roles carry on", async () => {
    const supervisor = await signedIn(await staff([{ role: "supervisor", unitId: jember }]));
    const intake = await signedIn(await staff([{ role: "intake_officer", unitId: jember }]));
    expect((await supervisor.get("/units")).status).toBe(200);
    expect((await root.put("/settings/security", { mfaRequiredRoles: ["supervisor"] })).status).toBe(200);
    const me = await supervisor.get("/me");
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ mfaEnrolmentRequired: true, permissions: [] });
    const units = await supervisor.get("/units");
    expect(units.status).toBe(403);
    expect(units.body.error.code).toBe("mfa_enrolment_required");
    expect((await intake.get("/units")).status).toBe(200);
    await root.put("/settings/security", { mfaRequiredRoles: [] });
  });

  it("unit administrators see only their units' events; installation administrators see every event", async () => {
    const own = await audit(jemberAdmin);
    expect(own.events.length).toBeGreaterThan(0);
    expect(own.events.every((e) => e.unitId === jember)).toBe(true);
    expect(own.events.map((e) => e.action)).toContain("unit.created");
    expect(await audit(jemberAdmin, { unitId: banyuwangi })).toEqual({ events: [], nextBefore: null });
    const all = await audit(root, { limit: 200 });
    const units = new Set(all.events.map((e) => e.unitId));
    expect(units).toEqual(new Set([null, jember, banyuwangi]));
    expect(all.events.map((e) => e.action)).toEqual(
      expect.arrayContaining(["settings.updated", "auth.signed_in", "user.created"]),
    );
  });

  it("filters by action, actor, unit and time, names the actor, and pages newest first", async () => {
    for (let i = 0; i < 3; i++)
      expect((await banyuwangiAdmin.post(`/units/${banyuwangi}/posts`, { ...POST, name: `Pos ${i}` })).status).toBe(201);
    // The database keeps microseconds and the mark only milliseconds: keep the mark clear of both sides.
    await sleep(20);
    const mark = new Date();
    await sleep(20);
    for (let i = 3; i < 5; i++)
      expect((await banyuwangiAdmin.post(`/units/${banyuwangi}/posts`, { ...POST, name: `Pos ${i}` })).status).toBe(201);

    const posts = await audit(banyuwangiAdmin, { action: "post.created" });
    expect(posts.events).toHaveLength(5);
    expect(posts.events.every((e) => e.actorId === banyuwangiAdminUser.id && e.actorName === "Admin Banyuwangi")).toBe(true);
    expect((await audit(root, { action: "post" })).events).toEqual([]);
    const byActor = await audit(root, { actorId: banyuwangiAdminUser.id, unitId: banyuwangi });
    expect(byActor.events.map((e) => e.action)).toEqual(Array(5).fill("post.created"));
    expect((await audit(root, { unitId: banyuwangi, from: mark.toISOString() })).events).toHaveLength(2);
    const before = await audit(root, { unitId: banyuwangi, to: mark.toISOString() });
    expect(before.events.map((e) => e.action)).toEqual(["post.created", "post.created", "post.created", "unit.created"]);
    expect(before.events.at(-1)?.actorName).toBeNull();

    const everything = await audit(banyuwangiAdmin);
    expect(everything.events).toHaveLength(6);
    expect(everything.nextBefore).toBeNull();
    const pages: EventT[][] = [];
    let cursor: number | null = null;
    do {
      const page: { events: EventT[]; nextBefore: number | null } = await audit(banyuwangiAdmin, {
        limit: 4,
        ...(cursor ? { before: cursor } : {}),
      });
      pages.push(page.events);
      cursor = page.nextBefore;
      if (cursor) expect(cursor).toBe(page.events.at(-1)?.seq);
    } while (cursor);
    expect(pages.map((p) => p.length)).toEqual([4, 2]);
    expect(pages.flat()).toEqual(everything.events);
    const seqs = everything.events.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  });

  it("a malformed filter is refused with the field named", async () => {
    const res = await root.get("/audit?from=yesterday&limit=500");
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(["from", "limit"]);
  });

  it("only installation administrators verify the chain (403 for a unit administrator); an intact chain verifies", async () => {
    const refused = await jemberAdmin.get("/audit/verify");
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("installation_admin_required");
    const res = await root.get("/audit/verify");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ intact: true, firstBrokenSeq: null, reason: null });
    expect(res.body.checked).toBeGreaterThan(10);
  });

  it("the database refuses UPDATE, DELETE and TRUNCATE on the audit log", async () => {
    const { db } = t.ctx.database;
    await expect(db.execute(sql`UPDATE audit_events SET details = '{"x":1}' WHERE seq = 3`)).rejects.toThrow();
    await expect(db.execute(sql`DELETE FROM audit_events WHERE seq = 3`)).rejects.toThrow();
    await expect(db.execute(sql`TRUNCATE audit_events`)).rejects.toThrow();
    expect((await root.get("/audit/verify")).body.intact).toBe(true);
  });

  it("an event altered behind the trigger's back is reported by its sequence number", async () => {
    const { db } = t.ctx.database;
    await db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);
    await db.execute(sql`UPDATE audit_events SET details = '{"x":1}' WHERE seq = 3`);
    await db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`);
    const res = await root.get("/audit/verify");
    expect(res.body).toEqual({ intact: false, checked: 2, firstBrokenSeq: 3, reason: "hash_mismatch" });
  });
});
