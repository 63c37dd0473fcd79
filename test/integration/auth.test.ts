// Sign-in, sessions, lock-out, two-factor and sign-out against a real database (PGlite and PostgreSQL).

import * as OTPAuth from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit, makeUser } from "../../src/demo/factories.js";
import { POLICY } from "../../src/platform/access/policy.js";
import { Client } from "../helpers/client.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const code = (secret: string, offsetSteps = 0) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });

describe.each(DATABASES)("staff sign-in on %s", (kind) => {
  let t: TestApp;
  let unitId: string;
  beforeAll(async () => {
    t = await startTestApp(kind, { lockoutThreshold: 3 });
    unitId = (await makeUnit(t.ctx.database.db)).id;
  });
  afterAll(() => t.close());

  const user = (spec: Partial<Parameters<typeof makeUser>[2]> = {}) =>
    makeUser(t.ctx, t.ctx.database.db, { roles: [{ role: "intake_officer", unitId }], ...spec });

  it("correct password -> signed in, httpOnly SameSite cookie, /me lists roles and permissions", async () => {
    const u = await user();
    const c = new Client(t.app);
    const res = await c.signIn(u.username, u.password);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "signed_in" });
    const setCookie = String(res.headers["set-cookie"]);
    expect(setCookie).toMatch(/teduh_session=.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const me = await c.get("/me");
    expect(me.status).toBe(200);
    expect(me.body.roles).toEqual([{ role: "intake_officer", unitId, unitName: "UPTD PPA Kabupaten Jember" }]);
    expect(me.body.permissions).toEqual([...POLICY.intake_officer].sort());
  });

  it("wrong password -> 401 with a translated message; unknown user looks the same", async () => {
    const u = await user();
    const wrong = await new Client(t.app).signIn(u.username, "not-the-password");
    const unknown = await new Client(t.app, "en").signIn("nobody.here", "whatever-password");
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toBe("Nama pengguna atau kata sandi salah.");
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.message).toBe("Wrong username or password.");
  });

  it("three failures lock the account, even for the right password, and the lock-out is audited", async () => {
    const u = await user();
    const c = new Client(t.app);
    for (let i = 0; i < 3; i++) expect((await c.signIn(u.username, "wrong-password-x")).status).toBe(401);
    const locked = await c.signIn(u.username, u.password);
    expect(locked.status).toBe(403);
    expect(locked.body.error.code).toBe("locked_out");
    const { rows } = (await t.ctx.database.db.execute(
      `SELECT action FROM audit_events WHERE target_id = '${u.id}' ORDER BY seq` as never,
    )) as unknown as { rows: { action: string }[] };
    expect(rows.map((r) => r.action)).toEqual([
      "user.created",
      "auth.sign_in_failed",
      "auth.sign_in_failed",
      "auth.locked_out",
      "auth.sign_in_failed",
    ]);
  });

  it("a state-changing request without the CSRF token is refused and changes nothing", async () => {
    const u = await user();
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      headers: { "content-type": "application/json", cookie: "teduh_csrf=abc" },
      payload: JSON.stringify({ username: u.username, password: u.password }),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("csrf");
    expect(res.headers["set-cookie"] ?? "").not.toMatch(/teduh_session/);
  });

  it("enrolled user: password gives a pending session that only the TOTP code completes; a code works once", async () => {
    const secret = new OTPAuth.Secret({ size: 20 }).base32;
    const u = await user({ totpSecret: secret });
    const c = new Client(t.app);
    expect((await c.signIn(u.username, u.password)).body).toEqual({ status: "totp_required" });
    expect((await c.get("/me")).status).toBe(403);
    expect((await c.post("/auth/totp", { code: "000000" === code(secret) ? "111111" : "000000" })).status).toBe(400);
    const good = code(secret);
    expect((await c.post("/auth/totp", { code: good })).body).toEqual({ status: "signed_in" });
    expect((await c.get("/me")).status).toBe(200);
    const again = new Client(t.app);
    await again.signIn(u.username, u.password);
    expect((await again.post("/auth/totp", { code: good })).status).toBe(400);
  });

  it("enrolment: start gives a QR code; confirming with a code turns two-factor on", async () => {
    const u = await user();
    const c = new Client(t.app);
    await c.signIn(u.username, u.password);
    const start = await c.post("/me/totp/start");
    expect(start.status).toBe(200);
    expect(start.body.qrSvg).toContain("<svg");
    expect(start.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Teduh/);
    const confirm = await c.post("/me/totp/confirm", { code: code(start.body.secret) });
    expect(confirm.status).toBe(200);
    expect(confirm.body.totpEnabled).toBe(true);
  });

  it("sign out everywhere ends every session of the user", async () => {
    const u = await user();
    const a = new Client(t.app);
    const b = new Client(t.app);
    await a.signIn(u.username, u.password);
    await b.signIn(u.username, u.password);
    expect((await a.post("/auth/sign-out-everywhere")).status).toBe(204);
    expect((await a.get("/me")).status).toBe(401);
    expect((await b.get("/me")).status).toBe(401);
  });

  it("an idle session expires", async () => {
    const u = await user();
    const c = new Client(t.app);
    await c.signIn(u.username, u.password);
    await t.ctx.database.db.execute(
      `UPDATE sessions SET last_seen_at = now() - interval '2 hours' WHERE user_id = '${u.id}'` as never,
    );
    expect((await c.get("/me")).status).toBe(401);
  });
});
