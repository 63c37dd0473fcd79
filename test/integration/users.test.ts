// Staff accounts administered over the API: creation with a one-time link, roles, disable, resets, and unit scope.

import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import * as OTPAuth from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makePartner, makeUnit, makeUser, type UserSpec } from "../../src/demo/factories.js";
import { disableUser } from "../../src/modules/people/users/disable-user.js";
import { POLICY } from "../../src/platform/access/policy.js";
import type { Role } from "../../src/platform/access/roles.js";
import { Client } from "../helpers/client.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

interface AuditRow {
  action: string;
  actor_id: string | null;
  unit_id: string | null;
  details: Record<string, unknown>;
}

const tokenOf = (url: string) => new URL(url).hash.replace(/^#token=/, "");

/** Shared helpers over one test app: make staff, sign them in, read the audit events about a user. */
function helpers(getApp: () => TestApp) {
  const staff = (roles: UserSpec["roles"], spec: Partial<UserSpec> = {}) =>
    makeUser(getApp().ctx, getApp().ctx.database.db, { roles, ...spec });
  const signedIn = async (u: MadeUser) => {
    const c = new Client(getApp().app);
    expect((await c.signIn(u.username, u.password)).body).toEqual({ status: "signed_in" });
    return c;
  };
  const auditAbout = async (targetId: string): Promise<AuditRow[]> => {
    const result = await getApp().ctx.database.db.execute(
      sql`SELECT action, actor_id, unit_id, details FROM audit_events WHERE target_id = ${targetId} ORDER BY seq`,
    );
    return (result as unknown as { rows: AuditRow[] }).rows;
  };
  const auditCount = async () => {
    const result = await getApp().ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM audit_events`);
    return Number((result as unknown as { rows: { n: number }[] }).rows[0]?.n);
  };
  return { staff, signedIn, auditAbout, auditCount };
}

describe.each(DATABASES)("user administration on %s", (kind) => {
  let t: TestApp;
  const { staff, signedIn, auditAbout, auditCount } = helpers(() => t);
  let jember: string;
  let surabaya: string;
  let root: Client;
  let rootUser: MadeUser;
  let jemberAdmin: Client;
  let jemberAdminUser: MadeUser;
  let surabayaAdmin: Client;

  beforeAll(async () => {
    t = await startTestApp(kind, { lockoutThreshold: 3 });
    const db = t.ctx.database.db;
    jember = (await makeUnit(db)).id;
    surabaya = (await makeUnit(db, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" })).id;
    rootUser = await staff([{ role: "admin", unitId: null }], { displayName: "Admin Instalasi" });
    root = await signedIn(rootUser);
    jemberAdminUser = await staff([{ role: "admin", unitId: jember }], { displayName: "Admin Jember" });
    jemberAdmin = await signedIn(jemberAdminUser);
    surabayaAdmin = await signedIn(await staff([{ role: "admin", unitId: surabaya }]));
  });
  afterAll(() => t.close());

  it("admin creates a user -> the one-time link sets the password -> the user signs in; the link works only once", async () => {
    const res = await root.post("/users", {
      username: "Sari.Wulandari",
      displayName: "Sari Wulandari",
      email: "sari@example.org",
      roles: [
        { role: "intake_officer", unitId: jember },
        { role: "intake_officer", unitId: jember },
      ],
    });
    expect(res.status).toBe(201);
    const { user, setupLink } = res.body;
    expect(user).toMatchObject({
      username: "sari.wulandari",
      displayName: "Sari Wulandari",
      disabled: false,
      totpEnabled: false,
    });
    expect(user.lockedUntil).toBeNull();
    expect(user.lastSignInAt).toBeNull();
    expect(user.roles).toEqual([{ role: "intake_officer", unitId: jember, unitName: "UPTD PPA Kabupaten Jember" }]);
    expect(setupLink.url).toMatch(/\/console\/reset-password#token=[\w-]{20,}$/);
    const hours = (new Date(setupLink.expiresAt).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);

    const newcomer = new Client(t.app);
    expect((await newcomer.signIn("sari.wulandari", "a-good-password-1")).status).toBe(401);
    const token = tokenOf(setupLink.url);
    expect((await newcomer.post("/auth/reset-password", { token, password: "a-good-password-1" })).status).toBe(204);
    expect((await newcomer.signIn("sari.wulandari", "a-good-password-1")).body).toEqual({ status: "signed_in" });
    expect((await newcomer.get("/me")).body.roles).toEqual(user.roles);
    const again = await newcomer.post("/auth/reset-password", { token, password: "another-password-2" });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe("invalid_link");

    const [created] = await auditAbout(user.id);
    expect(created).toEqual({
      action: "user.created",
      actor_id: rootUser.id,
      unit_id: jember,
      details: { roles: [{ role: "intake_officer", unitId: jember }] },
    });
    const listed = await root.get(`/users?q=wulandari`);
    expect(listed.body[0].lastSignInAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
  });

  it("a unit administrator creates a user in their own unit only; another unit answers as unknown, at roles.N.unitId", async () => {
    const before = await auditCount();
    const outside = await jemberAdmin.post("/users", {
      username: "budi.lintas",
      displayName: "Budi Lintas",
      roles: [
        { role: "case_manager", unitId: jember },
        { role: "case_manager", unitId: surabaya },
      ],
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.code).toBe("unknown_unit");
    expect(outside.body.error.fields[0].path).toBe("roles.1.unitId");
    const unknown = await root.post("/users", {
      username: "budi.lintas",
      displayName: "Budi Lintas",
      roles: [{ role: "case_manager", unitId: crypto.randomUUID() }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe("unknown_unit");
    expect(unknown.body.error.fields[0].path).toBe("roles.0.unitId");
    expect(await auditCount()).toBe(before);

    const inside = await jemberAdmin.post("/users", {
      username: "budi.lintas",
      displayName: "Budi Lintas",
      roles: [{ role: "case_manager", unitId: jember }],
    });
    expect(inside.status).toBe(201);
    expect((await auditAbout(inside.body.user.id))[0]?.actor_id).toBe(jemberAdminUser.id);
  });

  it("a role without a unit is refused (400 unit_required), except admin granted by an installation administrator", async () => {
    const body = (role: Role, username: string) => ({ username, displayName: "Tanpa Unit", roles: [{ role, unitId: null }] });
    const supervisor = await root.post("/users", body("supervisor", "tanpa.unit"));
    expect(supervisor.status).toBe(400);
    expect(supervisor.body.error.code).toBe("unit_required");
    expect(supervisor.body.error.fields[0].path).toBe("roles.0.unitId");
    const byUnitAdmin = await jemberAdmin.post("/users", body("admin", "tanpa.unit"));
    expect(byUnitAdmin.status).toBe(403);
    expect(byUnitAdmin.body.error.code).toBe("installation_admin_required");
    const byRoot = await root.post("/users", body("admin", "tanpa.unit"));
    expect(byRoot.status).toBe(201);
    expect(byRoot.body.user.roles).toEqual([{ role: "admin", unitId: null, unitName: null }]);
  });

  it("a unit administrator must give the new user a role (400 roles_required); an installation administrator need not", async () => {
    const res = await jemberAdmin.post("/users", { username: "tanpa.peran", displayName: "Tanpa Peran", roles: [] });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("roles_required");
    expect(res.body.error.fields[0].path).toBe("roles");
    expect((await root.post("/users", { username: "tanpa.peran", displayName: "Tanpa Peran", roles: [] })).status).toBe(201);
  });

  it("the partner agency must be a partner of a granted unit (400 unknown_partner on partnerId)", async () => {
    const db = t.ctx.database.db;
    const ours = await makePartner(db, jember);
    const theirs = await makePartner(db, surabaya, { name: "Unit PPA Polrestabes Surabaya" });
    const body = (partnerId: string, username: string) => ({
      username,
      displayName: "Pendamping Mitra",
      profession: "pendamping",
      partnerId,
      roles: [{ role: "service_provider", unitId: jember }],
    });
    const wrong = await root.post("/users", body(theirs.id, "mitra.salah"));
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe("unknown_partner");
    expect(wrong.body.error.fields[0].path).toBe("partnerId");
    const right = await root.post("/users", body(ours.id, "mitra.benar"));
    expect(right.status).toBe(201);
    expect(right.body.user).toMatchObject({ partnerId: ours.id, profession: "pendamping" });
  });

  it("a username already taken answers 409 username_taken on the username field, whatever its case", async () => {
    const existing = await staff([{ role: "intake_officer", unitId: jember }]);
    const res = await root.post("/users", { username: existing.username.toUpperCase(), displayName: "Kembar", roles: [] });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("username_taken");
    expect(res.body.error.fields).toEqual([{ path: "username", message: res.body.error.message }]);
  });

  it("the list shows installation administrators every user, unit readers only their units' users and roles", async () => {
    const shared = await staff(
      [
        { role: "supervisor", unitId: jember },
        { role: "supervisor", unitId: surabaya },
      ],
      { displayName: "Dewi Bersama" },
    );
    const onlySurabaya = await staff([{ role: "case_manager", unitId: surabaya }], { displayName: "Agus Surabaya" });
    const noGrants = await staff([], { displayName: "Yusuf Tanpa Peran" });
    const head = await signedIn(await staff([{ role: "head", unitId: jember }]));

    const all = await root.get("/users");
    expect(all.status).toBe(200);
    const allIds = all.body.map((u: { id: string }) => u.id);
    expect(allIds).toEqual(expect.arrayContaining([shared.id, onlySurabaya.id, noGrants.id, rootUser.id]));
    expect(all.body.find((u: { id: string }) => u.id === shared.id).roles).toHaveLength(2);

    for (const reader of [jemberAdmin, head]) {
      const res = await reader.get("/users");
      expect(res.status).toBe(200);
      const ids = res.body.map((u: { id: string }) => u.id);
      expect(ids).toContain(shared.id);
      expect(ids).not.toContain(onlySurabaya.id);
      expect(ids).not.toContain(noGrants.id);
      expect(ids).not.toContain(rootUser.id);
      const seen = res.body.find((u: { id: string }) => u.id === shared.id);
      expect(seen.roles).toEqual([{ role: "supervisor", unitId: jember, unitName: "UPTD PPA Kabupaten Jember" }]);
      expect(JSON.stringify(res.body)).not.toContain(surabaya);
    }
    expect((await jemberAdmin.get(`/users?unitId=${surabaya}`)).body).toEqual([]);
    const bySurabaya = await root.get(`/users?unitId=${surabaya}&role=case_manager`);
    expect(bySurabaya.body.map((u: { id: string }) => u.id)).toEqual([onlySurabaya.id]);
    const admins = await root.get("/users?role=admin");
    expect(admins.body.every((u: { roles: { role: string }[] }) => u.roles.some((r) => r.role === "admin"))).toBe(true);
    const intake = await signedIn(await staff([{ role: "intake_officer", unitId: jember }]));
    expect((await intake.get("/users")).status).toBe(403);
  });

  it("the list is ordered by full name", async () => {
    for (const name of ["Urutan Cici", "Urutan Ani", "Urutan Bima"])
      await staff([{ role: "head", unitId: jember }], { displayName: name });
    const res = await jemberAdmin.get("/users?q=urutan");
    expect(res.body.map((u: { displayName: string }) => u.displayName)).toEqual(["Urutan Ani", "Urutan Bima", "Urutan Cici"]);
  });

  it("search matches username or full name, case-insensitively, with % and _ taken literally", async () => {
    const percent = await staff([{ role: "data_team", unitId: jember }], {
      displayName: "Tim Data 100% Jember",
      username: "cari.satu",
    });
    await staff([{ role: "data_team", unitId: jember }], { displayName: "Tim Data 1000 Jember", username: "cari.dua" });
    const underscore = await staff([{ role: "data_team", unitId: jember }], {
      displayName: "Nama Biasa",
      username: "cari_x.tiga",
    });
    await staff([{ role: "data_team", unitId: jember }], { displayName: "Nama Biasa", username: "carixy.empat" });
    const ids = async (q: string) => (await root.get(`/users?q=${encodeURIComponent(q)}`)).body.map((u: { id: string }) => u.id);
    expect(await ids("100%")).toEqual([percent.id]);
    expect(await ids("cari_x")).toEqual([underscore.id]);
    expect(await ids("TIM DATA 10")).toHaveLength(2);
    expect(await ids("CARI.SATU")).toEqual([percent.id]);
  });

  it("one user: visible within scope, 404 outside it without revealing anything", async () => {
    const u = await staff([{ role: "intake_officer", unitId: jember }], { displayName: "Rahasia Jember" });
    expect((await jemberAdmin.get(`/users/${u.id}`)).body).toMatchObject({ id: u.id, displayName: "Rahasia Jember" });
    const outside = await surabayaAdmin.get(`/users/${u.id}`);
    expect(outside.status).toBe(404);
    expect(JSON.stringify(outside.body)).not.toContain("Rahasia");
    expect((await surabayaAdmin.get(`/users/${crypto.randomUUID()}`)).body).toEqual(outside.body);
  });

  it("editing a profile changes the fields sent and audits their names only", async () => {
    const u = await staff([{ role: "case_manager", unitId: jember }], { displayName: "Rina Lama" });
    const res = await jemberAdmin.patch(`/users/${u.id}`, { displayName: "Rina Baru", phone: "0812-1111-2222", email: null });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ displayName: "Rina Baru", phone: "0812-1111-2222", email: null });
    const events = await auditAbout(u.id);
    expect(events.at(-1)).toEqual({
      action: "user.updated",
      actor_id: jemberAdminUser.id,
      unit_id: jember,
      details: { fields: ["displayName", "phone"] },
    });
    expect(JSON.stringify(events)).not.toContain("Rina");
    const count = await auditCount();
    expect((await jemberAdmin.patch(`/users/${u.id}`, { displayName: "Rina Baru" })).status).toBe(200);
    expect(await auditCount()).toBe(count);
  });

  it("roles are replaced within the actor's units only; other units' grants stay and stay hidden; sessions end", async () => {
    const u = await staff([
      { role: "supervisor", unitId: jember },
      { role: "supervisor", unitId: surabaya },
    ]);
    const session = await signedIn(u);
    const res = await jemberAdmin.put(`/users/${u.id}/roles`, { roles: [{ role: "head", unitId: jember }] });
    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual([{ role: "head", unitId: jember, unitName: "UPTD PPA Kabupaten Jember" }]);
    const full = await root.get(`/users/${u.id}`);
    expect(full.body.roles.map((r: { role: string; unitId: string }) => `${r.role}@${r.unitId}`).sort()).toEqual(
      [`head@${jember}`, `supervisor@${surabaya}`].sort(),
    );
    expect((await session.get("/me")).status).toBe(401);
    expect((await auditAbout(u.id)).at(-1)).toEqual({
      action: "user.roles_changed",
      actor_id: jemberAdminUser.id,
      unit_id: jember,
      details: { added: [{ role: "head", unitId: jember }], removed: [{ role: "supervisor", unitId: jember }] },
    });
    const outside = await jemberAdmin.put(`/users/${u.id}/roles`, { roles: [{ role: "head", unitId: surabaya }] });
    expect(outside.status).toBe(400);
    expect(outside.body.error.fields[0].path).toBe("roles.0.unitId");
  });

  it("a roles change takes effect: an intake officer made supervisor may list users after signing in again", async () => {
    const u = await staff([{ role: "intake_officer", unitId: jember }]);
    const before = await signedIn(u);
    expect((await before.get("/users")).status).toBe(403);
    const res = await jemberAdmin.put(`/users/${u.id}/roles`, {
      roles: [
        { role: "supervisor", unitId: jember },
        { role: "supervisor", unitId: jember },
      ],
    });
    expect(res.body.roles).toEqual([{ role: "supervisor", unitId: jember, unitName: "UPTD PPA Kabupaten Jember" }]);
    expect((await before.get("/users")).status).toBe(401);
    const after = await signedIn(u);
    expect((await after.get("/users")).status).toBe(200);
    expect((await after.get("/me")).body.permissions).toEqual([...POLICY.supervisor].sort());
  });

  it("disabling ends every session and refuses sign-in; enabling lets the user back in; both are audited", async () => {
    const u = await staff([{ role: "case_manager", unitId: jember }]);
    const session = await signedIn(u);
    const disabled = await jemberAdmin.post(`/users/${u.id}/disable`);
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabled).toBe(true);
    expect((await session.get("/me")).status).toBe(401);
    expect((await new Client(t.app).signIn(u.username, u.password)).status).toBe(401);
    const enabled = await jemberAdmin.post(`/users/${u.id}/enable`);
    expect(enabled.body.disabled).toBe(false);
    await signedIn(u);
    const actions = (await auditAbout(u.id)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["user.disabled", "user.enabled"]));
    expect(actions.indexOf("user.disabled")).toBeLessThan(actions.indexOf("user.enabled"));
  });

  it("an administrator cannot disable their own account (400 cannot_disable_self)", async () => {
    for (const [client, user] of [
      [root, rootUser],
      [jemberAdmin, jemberAdminUser],
    ] as const) {
      const res = await client.post(`/users/${user.id}/disable`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("cannot_disable_self");
    }
  });

  it("a reset link lifts a lock-out, replaces the earlier link, and sets a new password once", async () => {
    const created = await root.post("/users", {
      username: "lupa.sandi",
      displayName: "Lupa Sandi",
      roles: [{ role: "dispatcher", unitId: jember }],
    });
    const id = created.body.user.id;
    const c = new Client(t.app);
    expect(
      (await c.post("/auth/reset-password", { token: tokenOf(created.body.setupLink.url), password: "first-password-1" })).status,
    ).toBe(204);
    for (let i = 0; i < 3; i++) await c.signIn("lupa.sandi", "wrong-password-x");
    expect((await root.get(`/users/${id}`)).body.lockedUntil).toMatch(/Z$/);
    const first = await jemberAdmin.post(`/users/${id}/reset-link`);
    const second = await jemberAdmin.post(`/users/${id}/reset-link`);
    expect(second.status).toBe(200);
    expect(second.body.url).toMatch(/\/console\/reset-password#token=/);
    expect((await root.get(`/users/${id}`)).body.lockedUntil).toBeNull();
    expect((await c.post("/auth/reset-password", { token: tokenOf(first.body.url), password: "second-password-2" })).status).toBe(
      400,
    );
    expect(
      (await c.post("/auth/reset-password", { token: tokenOf(second.body.url), password: "second-password-2" })).status,
    ).toBe(204);
    expect((await c.signIn("lupa.sandi", "second-password-2")).body).toEqual({ status: "signed_in" });
    const issued = (await auditAbout(id)).filter((e) => e.action === "user.reset_link_issued");
    expect(issued).toHaveLength(2);
    expect(issued[0]).toMatchObject({ actor_id: jemberAdminUser.id, unit_id: jember, details: {} });
  });

  it("resetting two-factor turns it off, clears the secret and ends the user's sessions", async () => {
    const secret = new OTPAuth.Secret({ size: 20 }).base32;
    const u = await staff([{ role: "supervisor", unitId: jember }], { totpSecret: secret });
    const pending = new Client(t.app);
    expect((await pending.signIn(u.username, u.password)).body).toEqual({ status: "totp_required" });
    const res = await jemberAdmin.post(`/users/${u.id}/reset-totp`);
    expect(res.status).toBe(200);
    expect(res.body.totpEnabled).toBe(false);
    expect((await pending.post("/auth/totp", { code: "123456" })).status).toBe(401);
    const result = await t.ctx.database.db.execute(sql`SELECT totp_secret, totp_last_step FROM users WHERE id = ${u.id}`);
    expect((result as unknown as { rows: unknown[] }).rows[0]).toEqual({ totp_secret: null, totp_last_step: null });
    expect((await auditAbout(u.id)).at(-1)).toMatchObject({ action: "user.totp_reset", actor_id: jemberAdminUser.id });
    await signedIn(u);
  });

  it("a user whose grants all lie in another unit is 404 for every user operation, and nothing is written", async () => {
    const u = await staff([{ role: "intake_officer", unitId: jember }], { displayName: "Rahasia Jember" });
    const before = await auditCount();
    const calls: [string, string, unknown][] = [
      ["GET", `/users/${u.id}`, undefined],
      ["PATCH", `/users/${u.id}`, { displayName: "Diubah" }],
      ["PUT", `/users/${u.id}/roles`, { roles: [{ role: "admin", unitId: surabaya }] }],
      ["POST", `/users/${u.id}/disable`, {}],
      ["POST", `/users/${u.id}/enable`, {}],
      ["POST", `/users/${u.id}/reset-link`, {}],
      ["POST", `/users/${u.id}/reset-totp`, {}],
    ];
    for (const [method, path, body] of calls) {
      const res = await surabayaAdmin.request(method as "GET", path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.error.code).toBe("not_found");
    }
    expect(await auditCount()).toBe(before);
    expect((await root.get(`/users/${u.id}`)).body.displayName).toBe("Rahasia Jember");
  });

  it("a unit administrator cannot change the account of someone who also works elsewhere (403), only their roles here", async () => {
    const shared = await staff([
      { role: "case_manager", unitId: jember },
      { role: "case_manager", unitId: surabaya },
    ]);
    const before = await auditCount();
    for (const [method, path, body] of [
      ["PATCH", `/users/${shared.id}`, { displayName: "Diambil Alih" }],
      ["POST", `/users/${shared.id}/disable`, {}],
      ["POST", `/users/${shared.id}/enable`, {}],
      ["POST", `/users/${shared.id}/reset-link`, {}],
      ["POST", `/users/${shared.id}/reset-totp`, {}],
    ] as const) {
      const res = await jemberAdmin.request(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.error.code).toBe("user_in_other_units");
    }
    expect((await jemberAdmin.post(`/users/${rootUser.id}/reset-link`)).status).toBe(404);
    expect(await auditCount()).toBe(before);
    expect((await root.post(`/users/${shared.id}/reset-link`)).status).toBe(200);
  });

  it("a supervisor may read users but not manage them (403)", async () => {
    const supervisor = await signedIn(await staff([{ role: "supervisor", unitId: jember }]));
    expect((await supervisor.get("/users")).status).toBe(200);
    const res = await supervisor.post("/users", {
      username: "tidak.boleh",
      displayName: "Tidak Boleh",
      roles: [{ role: "intake_officer", unitId: jember }],
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
  });
});

describe.each(DATABASES)("the last installation administrator on %s", (kind) => {
  let t: TestApp;
  const { staff, signedIn, auditAbout } = helpers(() => t);
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it("cannot lose the admin role nor be disabled while no other active administrator remains (409 last_admin)", async () => {
    const unit = (await makeUnit(t.ctx.database.db)).id;
    const first = await staff([
      { role: "admin", unitId: null },
      { role: "head", unitId: unit },
    ]);
    const c = await signedIn(first);
    // An administrator still waiting for their set-up link cannot step in.
    const pending = await c.post("/users", {
      username: "admin.baru",
      displayName: "Admin Baru",
      roles: [{ role: "admin", unitId: null }],
    });
    expect(pending.status).toBe(201);
    const refused = await c.put(`/users/${first.id}/roles`, { roles: [{ role: "head", unitId: unit }] });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("last_admin");
    expect((await c.get("/me")).status).toBe(200);

    const unitAdmin = await staff([{ role: "admin", unitId: unit }]);
    const installationActor = {
      userId: unitAdmin.id,
      sessionHash: "x",
      stage: "full" as const,
      grants: [{ role: "admin" as const, unitId: null }],
      lang: "id" as const,
    };
    await expect(disableUser(t.ctx, installationActor, first.id)).rejects.toMatchObject({ status: 409, key: "error.last_admin" });

    const second = await staff([{ role: "admin", unitId: null }]);
    expect((await c.post(`/users/${second.id}/disable`)).status).toBe(200);
    expect((await c.put(`/users/${first.id}/roles`, { roles: [] })).status).toBe(409);
    expect((await c.post(`/users/${second.id}/enable`)).status).toBe(200);
    const dropped = await c.put(`/users/${first.id}/roles`, { roles: [{ role: "head", unitId: unit }] });
    expect(dropped.status).toBe(200);
    expect((await c.get("/me")).status).toBe(401);
    expect((await auditAbout(first.id)).at(-1)).toMatchObject({
      action: "user.roles_changed",
      details: { added: [], removed: [{ role: "admin", unitId: null }] },
    });
  });
});
