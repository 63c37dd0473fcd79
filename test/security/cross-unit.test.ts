// A user of one unit, with every permission there, is refused every record of another unit: 404/403, nothing leaked.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePartner, makePost, makeUnit, makeUser } from "../../src/demo/factories.js";
import { apiRoutes } from "../../src/server/routes.js";
import { Client } from "../helpers/client.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";
import { CROSS_UNIT_FIXTURES } from "./fixtures/index.js";

/** A valid body for each route that takes one, so the refusal comes from the unit check, not validation. */
const VALID_BODIES: Record<string, unknown> = {
  "PATCH /units/:id": { name: "Diubah" },
  "POST /units/:unitId/posts": { name: "Pos Baru", address: "Jl. Baru 1", latitude: -8.1, longitude: 113.7 },
  "PATCH /posts/:id": { name: "Diubah" },
  "POST /units/:unitId/partners": { name: "Mitra Baru", kind: "other" },
  "PATCH /partners/:id": { name: "Diubah" },
  "PATCH /users/:id": { displayName: "Diubah" },
  "PUT /users/:id/roles": { roles: [] },
  "POST /users/:id/disable": {},
  "POST /users/:id/enable": {},
  "POST /users/:id/reset-link": {},
  "POST /users/:id/reset-totp": {},
  ...Object.assign({}, ...CROSS_UNIT_FIXTURES.map((f) => f.bodies)),
};

const withRecord = apiRoutes.filter((r) => /:\w+/.test(r.path) && !("public" in r.access));

describe.each(DATABASES)("cross-unit refusals on %s", (kind) => {
  let t: TestApp;
  let outsider: Client;
  const ids: Record<string, string> = {};
  const secretName = "Rahasia Unit Jember";

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.ctx.database.db;
    const jember = await makeUnit(db, { name: secretName });
    const surabaya = await makeUnit(db, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" });
    ids.unit = jember.id;
    ids.post = (await makePost(db, jember.id, { name: secretName })).id;
    ids.partner = (await makePartner(db, jember.id, { name: secretName })).id;
    ids.user = (
      await makeUser(t.ctx, db, { roles: [{ role: "intake_officer", unitId: jember.id }], displayName: secretName })
    ).id;
    const roles = (["admin", "head", "supervisor", "intake_officer", "case_manager", "data_team"] as const).map((role) => ({
      role,
      unitId: surabaya.id,
    }));
    for (const fixture of CROSS_UNIT_FIXTURES) Object.assign(ids, await fixture.seed(t.ctx, jember.id, secretName));
    const u = await makeUser(t.ctx, db, { roles });
    outsider = new Client(t.app);
    await outsider.signIn(u.username, u.password);
  });
  afterAll(() => t.close());

  const idFor = (path: string, param: string) => {
    if (param === "unitId" || path.startsWith("/units/")) return ids.unit;
    const resource = path.split("/")[1] ?? "";
    return ids[resource.replace(/s$/, "")];
  };

  it.each(withRecord.map((route) => ({ route, name: `${route.method} ${route.path}` })))(
    "$name on another unit's record",
    async ({ route }) => {
      const key = `${route.method} ${route.path}`;
      if (route.method !== "GET") expect(VALID_BODIES, `add a valid body for ${key}`).toHaveProperty([key]);
      const path = route.path.replace(/:(\w+)/g, (_, param: string) => idFor(route.path, param) as string);
      const res = await outsider.request(route.method, path, route.method === "GET" ? undefined : VALID_BODIES[key]);
      expect([403, 404]).toContain(res.status);
      expect(JSON.stringify(res.body)).not.toContain(secretName);
    },
  );

  it("a tracking code or register number of another unit's complaint finds nothing (GET /reports/lookup)", async () => {
    const db = t.ctx.database.db;
    await db.execute(sql`UPDATE cases SET register_number = 'PPA-3509-2026-00099' WHERE id = ${ids.case}`);
    const found = await db.execute(sql`SELECT tracking_code FROM reports WHERE id = ${ids.report}`);
    const code = (found as unknown as { rows: { tracking_code: string }[] }).rows[0]?.tracking_code as string;
    for (const typed of [code, code.toLowerCase().replaceAll("-", " "), "PPA-3509-2026-00099", "ppa 3509 2026 00099"]) {
      const res = await outsider.get(`/reports/lookup?code=${encodeURIComponent(typed)}`);
      expect(res.status, typed).toBe(404);
      expect(res.body.error.code).toBe("intake.lookup_none");
      for (const leak of [secretName, ids.report, ids.case, code]) expect(JSON.stringify(res.body)).not.toContain(leak);
    }
  });

  it("lists show nothing of another unit", async () => {
    for (const path of ["/units", "/users", "/audit"]) {
      const res = await outsider.get(path);
      expect(JSON.stringify(res.body), path).not.toContain(secretName);
    }
  });
});
