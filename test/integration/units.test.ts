// Units, complaint posts and partner agencies over the API: creation, edits, validation and unit scope.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makePartner, makePost, makeUnit, makeUser, type UserSpec } from "../../src/demo/factories.js";
import { Client } from "../helpers/client.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const UNIT = {
  name: "UPTD PPA Kabupaten Banyuwangi",
  kind: "regency_city",
  regionCode: "3510",
  timeZone: "Asia/Jakarta",
  address: "Jl. Adi Sucipto No. 1, Banyuwangi",
  phone: "0333-421000",
  email: "uptdppa@banyuwangikab.go.id",
};
const POST = { name: "Pos Pengaduan Kecamatan Genteng", address: "Kantor Kecamatan Genteng", latitude: -8.36, longitude: 114.15 };
const PARTNER = {
  name: "Dinas Sosial Kabupaten Jember",
  kind: "social_services",
  phone: "0331-487000",
  contactPerson: "Bapak Hendra",
};

describe.each(DATABASES)("units, posts and partners on %s", (kind) => {
  let t: TestApp;
  let jember: string;
  let surabaya: string;
  let surabayaPost: string;
  let surabayaPartner: string;
  let root: Client;
  let rootUser: MadeUser;
  let jemberAdmin: Client;
  let jemberAdminUser: MadeUser;

  const staff = (roles: UserSpec["roles"]) => makeUser(t.ctx, t.ctx.database.db, { roles });
  const signedIn = async (u: MadeUser, lang: "id" | "en" = "id") => {
    const c = new Client(t.app, lang);
    expect((await c.signIn(u.username, u.password)).status).toBe(200);
    return c;
  };
  const lastAudit = async (targetId: string) => {
    const result = await t.ctx.database.db.execute(
      sql`SELECT action, actor_id, unit_id, details FROM audit_events WHERE target_id = ${targetId} ORDER BY seq DESC LIMIT 1`,
    );
    return (result as unknown as { rows: Record<string, unknown>[] }).rows[0];
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.ctx.database.db;
    jember = (await makeUnit(db)).id;
    surabaya = (await makeUnit(db, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" })).id;
    surabayaPost = (await makePost(db, surabaya, { name: "Pos Pengaduan Surabaya" })).id;
    surabayaPartner = (await makePartner(db, surabaya, { name: "Polrestabes Surabaya" })).id;
    rootUser = await staff([{ role: "admin", unitId: null }]);
    root = await signedIn(rootUser);
    jemberAdminUser = await staff([{ role: "admin", unitId: jember }]);
    jemberAdmin = await signedIn(jemberAdminUser);
  });
  afterAll(() => t.close());

  it("an installation administrator creates a unit and edits it; both are audited", async () => {
    const created = await root.post("/units", UNIT);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ ...UNIT, id: expect.any(String), parentId: null, active: true });
    expect(await lastAudit(created.body.id)).toEqual({
      action: "unit.created",
      actor_id: rootUser.id,
      unit_id: created.body.id,
      details: {},
    });
    const edited = await root.patch(`/units/${created.body.id}`, { phone: null, active: false });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ phone: null, active: false });
    expect(await lastAudit(created.body.id)).toMatchObject({ action: "unit.updated", details: { fields: ["active", "phone"] } });
    expect((await root.get(`/units/${created.body.id}`)).body).toEqual(edited.body);
  });

  it("a regency unit goes under a province unit only (400 parent_must_be_province; unknown parent 400 unknown_unit)", async () => {
    const province = await root.post("/units", {
      ...UNIT,
      name: "UPTD PPA Provinsi Jawa Timur",
      kind: "province",
      regionCode: "35",
    });
    expect(province.status).toBe(201);
    const child = await root.post("/units", {
      ...UNIT,
      name: "UPTD PPA Kabupaten Lumajang",
      regionCode: "3508",
      parentId: province.body.id,
    });
    expect(child.status).toBe(201);
    expect(child.body.parentId).toBe(province.body.id);
    const underRegency = await root.post("/units", { ...UNIT, regionCode: "3511", parentId: jember });
    expect(underRegency.status).toBe(400);
    expect(underRegency.body.error.code).toBe("parent_must_be_province");
    expect(underRegency.body.error.fields[0].path).toBe("parentId");
    const unknown = await root.post("/units", { ...UNIT, parentId: "00000000-0000-4000-8000-000000000000" });
    expect(unknown.body.error.code).toBe("unknown_unit");
  });

  it("a unit serves one real region of its kind, inside its parent's province, that no other unit serves", async () => {
    const unitCount = async () => {
      const result = await t.ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM units`);
      return (result as unknown as { rows: { n: number }[] }).rows[0]?.n;
    };
    const before = await unitCount();
    const refuse = async (body: Record<string, unknown>, status: number, code: string) => {
      const res = await root.post("/units", { ...UNIT, name: "UPTD PPA Uji", ...body });
      expect(res.status).toBe(status);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.fields.map((f: { path: string }) => f.path)).toEqual(["regionCode"]);
    };
    await refuse({ regionCode: "3599" }, 400, "unknown_region"); // no such regency in Jawa Timur
    await refuse({ regionCode: "35" }, 400, "unknown_region"); // a regency unit needs a regency's code
    await refuse({ kind: "province", regionCode: "3509" }, 400, "unknown_region");
    await refuse({ regionCode: "3509" }, 409, "region_taken"); // Jember already has its unit
    const bali = await root.post("/units", { ...UNIT, name: "UPTD PPA Provinsi Bali", kind: "province", regionCode: "51" });
    expect(bali.status).toBe(201);
    await refuse({ regionCode: "3512", parentId: bali.body.id }, 400, "region_outside_parent");
    expect(await unitCount()).toBe((before ?? 0) + 1); // Bali only: every refusal wrote nothing
    const moved = await root.patch(`/units/${surabaya}`, { regionCode: "3509" });
    expect(moved.status).toBe(409);
    expect((await root.patch(`/units/${surabaya}`, { regionCode: "3578", phone: "031-1234" })).status).toBe(200);
  });

  it("a unit administrator cannot create units (403 installation_admin_required) nor move or re-kind their own", async () => {
    const res = await jemberAdmin.post("/units", UNIT);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("installation_admin_required");
    expect((await jemberAdmin.patch(`/units/${jember}`, { kind: "province" })).status).toBe(403);
    const renamed = await jemberAdmin.patch(`/units/${jember}`, { address: "Jl. Kalimantan No. 44, Jember" });
    expect(renamed.status).toBe(200);
    expect(await lastAudit(jember)).toMatchObject({
      action: "unit.updated",
      actor_id: jemberAdminUser.id,
      details: { fields: ["address"] },
    });
  });

  it("a unit administrator adds and edits complaint posts of their unit; both are audited", async () => {
    const created = await jemberAdmin.post(`/units/${jember}/posts`, POST);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ ...POST, id: expect.any(String), unitId: jember, phone: null, active: true });
    expect(await lastAudit(created.body.id)).toEqual({
      action: "post.created",
      actor_id: jemberAdminUser.id,
      unit_id: jember,
      details: {},
    });
    const edited = await jemberAdmin.patch(`/posts/${created.body.id}`, { phone: "0812-0000-1111", active: false });
    expect(edited.body).toMatchObject({ phone: "0812-0000-1111", active: false });
    expect(await lastAudit(created.body.id)).toMatchObject({ action: "post.updated", details: { fields: ["active", "phone"] } });
    const list = await jemberAdmin.get(`/units/${jember}/posts`);
    expect(list.body.map((p: { id: string }) => p.id)).toContain(created.body.id);
  });

  it("a unit administrator adds and edits partner agencies of their unit; both are audited", async () => {
    const created = await jemberAdmin.post(`/units/${jember}/partners`, PARTNER);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      ...PARTNER,
      id: expect.any(String),
      unitId: jember,
      address: null,
      email: null,
      active: true,
    });
    expect(await lastAudit(created.body.id)).toEqual({
      action: "partner.created",
      actor_id: jemberAdminUser.id,
      unit_id: jember,
      details: {},
    });
    const edited = await jemberAdmin.patch(`/partners/${created.body.id}`, { email: "dinsos@jemberkab.go.id" });
    expect(edited.body.email).toBe("dinsos@jemberkab.go.id");
    expect(await lastAudit(created.body.id)).toMatchObject({ action: "partner.updated", details: { fields: ["email"] } });
    expect((await jemberAdmin.get(`/units/${jember}/partners`)).body.map((p: { id: string }) => p.id)).toContain(created.body.id);
  });

  it("a unit administrator of Jember neither sees nor edits Surabaya's unit, posts or partners (404)", async () => {
    const list = await jemberAdmin.get("/units");
    expect(list.body.map((u: { id: string }) => u.id)).toEqual([jember]);
    const calls: [string, string, unknown][] = [
      ["GET", `/units/${surabaya}`, undefined],
      ["PATCH", `/units/${surabaya}`, { name: "Diubah" }],
      ["GET", `/units/${surabaya}/posts`, undefined],
      ["POST", `/units/${surabaya}/posts`, POST],
      ["PATCH", `/posts/${surabayaPost}`, { name: "Diubah" }],
      ["GET", `/units/${surabaya}/partners`, undefined],
      ["POST", `/units/${surabaya}/partners`, PARTNER],
      ["PATCH", `/partners/${surabayaPartner}`, { name: "Diubah" }],
    ];
    for (const [method, path, body] of calls) {
      const res = await jemberAdmin.request(method as "GET", path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain("Surabaya");
    }
    expect((await root.get(`/units/${surabaya}/posts`)).body[0].name).toBe("Pos Pengaduan Surabaya");
  });

  it("staff with unit.read see their unit's posts but cannot add any (403)", async () => {
    const head = await signedIn(await staff([{ role: "head", unitId: jember }]));
    expect((await head.get(`/units/${jember}/posts`)).status).toBe(200);
    const res = await head.post(`/units/${jember}/posts`, POST);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
  });

  it("validation errors name the field, in Indonesian and in English", async () => {
    const id = await root.post("/units", { ...UNIT, regionCode: "35-10" });
    expect(id.status).toBe(400);
    expect(id.body.error.code).toBe("validation");
    expect(id.body.error.fields).toEqual([{ path: "regionCode", message: "Kode wilayah format tidak sesuai" }]);
    expect(id.body.error.message).toBe("Periksa kembali isian berikut: Kode wilayah format tidak sesuai.");
    const english = await signedIn(rootUser, "en");
    const en = await english.post("/units", { ...UNIT, regionCode: "35-10", name: "" });
    expect(en.status).toBe(400);
    const byPath = Object.fromEntries(en.body.error.fields.map((f: { path: string; message: string }) => [f.path, f.message]));
    expect(byPath).toEqual({ name: "Name needs at least 1 character", regionCode: "Region code has the wrong format" });
    const post = await english.post(`/units/${jember}/posts`, { ...POST, latitude: 20 });
    expect(post.body.error.fields).toEqual([{ path: "latitude", message: "Latitude must be at most 6.5" }]);
  });
});
