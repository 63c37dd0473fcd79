// The demo seed (`teduh demo`) on PGlite and PostgreSQL: every role and profession, posts, partners, audited, fresh only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginTable } from "../../src/cli/demo-command.js";
import { DemoNotFreshError, type DemoSeed, seedDemo } from "../../src/demo/seed-demo.js";
import { PROFESSIONS, ROLES } from "../../src/platform/access/roles.js";
import { verifyAuditChain } from "../../src/platform/audit/verify.js";
import { Client } from "../helpers/client.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

describe.each(DATABASES)("demo seed on %s", (kind) => {
  let t: TestApp;
  let seed: DemoSeed;
  beforeAll(async () => {
    t = await startTestApp(kind);
    seed = await seedDemo(t.ctx);
  });
  afterAll(() => t.close());

  const rows = async (text: string) =>
    ((await t.ctx.database.db.execute(text as never)) as unknown as { rows: Record<string, unknown>[] }).rows;

  it("a province unit with Jember and Surabaya under it, complaint posts in each regency and the partner agencies of each unit", async () => {
    expect(seed.units.map((u) => u.name)).toEqual([
      "UPTD PPA Provinsi Jawa Timur",
      "UPTD PPA Kabupaten Jember",
      "UPTD PPA Kota Surabaya",
    ]);
    const unitRows = await rows("SELECT name, kind, region_code, parent_id, time_zone FROM units ORDER BY region_code");
    const province = seed.units[0]!.id;
    expect(unitRows).toEqual([
      { name: "UPTD PPA Provinsi Jawa Timur", kind: "province", region_code: "35", parent_id: null, time_zone: "Asia/Jakarta" },
      {
        name: "UPTD PPA Kabupaten Jember",
        kind: "regency_city",
        region_code: "3509",
        parent_id: province,
        time_zone: "Asia/Jakarta",
      },
      {
        name: "UPTD PPA Kota Surabaya",
        kind: "regency_city",
        region_code: "3578",
        parent_id: province,
        time_zone: "Asia/Jakarta",
      },
    ]);
    const posts = await rows(
      "SELECT u.region_code, count(*)::int AS n, min(p.latitude) AS lat, max(p.longitude) AS lon FROM complaint_posts p JOIN units u ON u.id = p.unit_id GROUP BY 1 ORDER BY 1",
    );
    expect(posts.map((p) => [p.region_code, p.n])).toEqual([
      ["3509", 3],
      ["3578", 3],
    ]);
    for (const p of posts) expect(Number(p.lat)).toBeLessThan(-7);
    const kinds = await rows("SELECT unit_id, array_agg(kind ORDER BY kind) AS kinds FROM partner_agencies GROUP BY unit_id");
    expect(kinds).toHaveLength(3);
    for (const k of kinds) {
      expect(k.kinds).toEqual([
        "call_centre_112",
        "hospital",
        "legal_aid",
        "lpsk",
        "police",
        "religious_leader",
        "social_services",
      ]);
    }
  });

  it("users of every role in every unit, service providers of every profession, a paralegal from the partner legal aid", async () => {
    expect(seed.logins.filter((l) => l.role === "admin" && l.unitId === null)).toHaveLength(1);
    expect(seed.logins.filter((l) => l.role === "admin" && l.unitName === "UPTD PPA Kabupaten Jember")).toHaveLength(1);
    for (const unit of seed.units) {
      const staff = seed.logins.filter((l) => l.unitId === unit.id);
      const count = (role: string) => staff.filter((l) => l.role === role).length;
      for (const role of ROLES.filter((r) => r !== "admin")) expect(count(role), `${unit.key} ${role}`).toBeGreaterThanOrEqual(1);
      expect(count("intake_officer")).toBe(2);
      expect(count("case_manager")).toBe(2);
      expect(
        staff
          .filter((l) => l.role === "service_provider")
          .map((l) => l.profession)
          .sort(),
      ).toEqual([...PROFESSIONS].sort());
      expect(staff.find((l) => l.profession === "paralegal")?.partnerName).toMatch(/LBH/);
    }
    expect(new Set(seed.logins.map((l) => l.username)).size).toBe(seed.logins.length);
    for (const l of seed.logins) {
      expect(l.username).toMatch(/^[a-z]+\.[a-z]+\d*$/);
      expect(l.password.length).toBeGreaterThanOrEqual(16);
    }
  });

  it("a demo login signs in and sees its unit; every creation is in an intact audit chain", async () => {
    const manager = seed.logins.find((l) => l.role === "case_manager" && l.unitName === "UPTD PPA Kota Surabaya")!;
    const c = new Client(t.app);
    expect((await c.signIn(manager.username, manager.password)).status).toBe(200);
    const me = await c.get("/me");
    expect(me.body.roles).toEqual([{ role: "case_manager", unitId: manager.unitId, unitName: "UPTD PPA Kota Surabaya" }]);
    const actions = await rows("SELECT action, count(*)::int AS n FROM audit_events GROUP BY action ORDER BY action");
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: "unit.created", n: 3 },
        { action: "post.created", n: 6 },
        { action: "partner.created", n: 21 },
        { action: "user.created", n: seed.logins.length },
      ]),
    );
    expect((await verifyAuditChain(t.ctx.database.db)).intact).toBe(true);
  });

  it("each demo complaint has a reporter of its own, so the possible-duplicate hints show real likenesses, not every complaint", async () => {
    const [counted] = await rows("SELECT count(*)::int AS n, count(DISTINCT reporter_phone_bidx)::int AS phones FROM reports");
    expect(Number(counted?.n)).toBeGreaterThan(3);
    expect(counted?.phones).toBe(counted?.n);
  });

  it("a second seed is refused with a bilingual message and creates nothing", async () => {
    const before = await rows("SELECT count(*)::int AS n FROM users");
    const error = await seedDemo(t.ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DemoNotFreshError);
    expect((error as Error).message).toMatch(/sudah berisi 3 unit/);
    expect((error as Error).message).toMatch(/already holds 3 unit/);
    expect(await rows("SELECT count(*)::int AS n FROM users")).toEqual(before);
  });

  it("the printed table has a header and one line per login with username and password", () => {
    const lines = loginTable(seed.logins).split("\n");
    expect(lines[0]).toMatch(/role.*unit.*username.*password/);
    expect(lines).toHaveLength(seed.logins.length + 2);
    const admin = seed.logins[0]!;
    expect(lines[2]).toContain(admin.username);
    expect(lines[2]).toContain(admin.password);
  });
});
