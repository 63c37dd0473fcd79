// Every endpoint, called by every role that must be refused, answers 401/403 and leaks nothing.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit, makeUser } from "../../src/demo/factories.js";
import { POLICY } from "../../src/platform/access/policy.js";
import { ROLES, type Role } from "../../src/platform/access/roles.js";
import { apiRoutes } from "../../src/server/routes.js";
import { Client } from "../helpers/client.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const fill = (path: string) => path.replace(/:\w+/g, () => crypto.randomUUID());
const guarded = apiRoutes.filter((r) => !("public" in r.access));

describe.each(DATABASES)("refusals on %s", (kind) => {
  let t: TestApp;
  const clients = new Map<Role, Client>();
  let anonymous: Client;
  let enrolmentOnly: Client;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.ctx.database.db;
    const unit = await makeUnit(db);
    for (const role of ROLES) {
      const u = await makeUser(t.ctx, db, { roles: [{ role, unitId: unit.id }] });
      const c = new Client(t.app);
      expect((await c.signIn(u.username, u.password)).status).toBe(200);
      clients.set(role, c);
    }
    anonymous = new Client(t.app);
    const limited = await makeUser(t.ctx, db, { roles: [{ role: "admin", unitId: null }] });
    await db.execute(`INSERT INTO settings (key, value) VALUES ('security', '{"mfaRequiredRoles":["admin"]}')` as never);
    enrolmentOnly = new Client(t.app);
    expect((await enrolmentOnly.signIn(limited.username, limited.password)).body.status).toBe("totp_enrolment_required");
  });
  afterAll(() => t.close());

  const cases = guarded.flatMap((route) => {
    if (!("permission" in route.access)) return [];
    const permission = route.access.permission;
    return ROLES.filter((role) => !POLICY[role].includes(permission)).map((role) => ({
      route,
      role,
      name: `${route.method} ${route.path}`,
    }));
  });

  it.each(cases)("$role is refused $name", async ({ route, role }) => {
    const res = await (clients.get(role) as Client).request(
      route.method,
      fill(route.path),
      route.method === "GET" ? undefined : {},
    );
    expect(res.status).toBe(403);
    expect(Object.keys(res.body)).toEqual(["error"]);
    expect(res.body.error.code).toBe("forbidden");
  });

  it.each(guarded.map((route) => ({ route, name: `${route.method} ${route.path}` })))(
    "anonymous caller is refused $name",
    async ({ route }) => {
      const res = await anonymous.request(route.method, fill(route.path), route.method === "GET" ? undefined : {});
      expect(res.status).toBe(401);
      expect(Object.keys(res.body)).toEqual(["error"]);
    },
  );

  const notForPartial = guarded.filter(
    (r) => !("authenticated" in r.access && r.access.partialSessions?.includes("enrolment_only")),
  );
  it.each(notForPartial.map((route) => ({ route, name: `${route.method} ${route.path}` })))(
    "a session that must still enrol in two-factor is refused $name",
    async ({ route }) => {
      const res = await enrolmentOnly.request(route.method, fill(route.path), route.method === "GET" ? undefined : {});
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("mfa_enrolment_required");
    },
  );

  it("a forged session cookie is refused", async () => {
    const c = new Client(t.app);
    c.cookies.set("teduh_session", crypto.randomBytes(32).toString("base64url"));
    expect((await c.get("/me")).status).toBe(401);
  });
});
