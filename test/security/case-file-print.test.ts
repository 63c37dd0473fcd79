// Who may print a case file: only the case's own case manager and its unit's head and supervisors. Everyone else who sees
// the case (a provider holding an intervention, even with the case_manager role; the officer who submitted it) gets 403,
// everyone who does not 404; nothing leaks and nothing is audited.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makeUnit, makeUser, type UserSpec } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { openCaseForApproval } from "../../src/modules/cases/open-case-for-approval.js";
import { cases, interventions } from "../../src/modules/cases/schema.js";
import { Client } from "../helpers/client.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const SECRET = "Rahasia Anak Jember";

describe.each(DATABASES)("who may print a case file on %s", (kind) => {
  let t: TestApp;
  const clients: Record<string, Client> = {};
  let openCase = "";
  let pendingCase = "";

  const printCount = async () =>
    Number(
      (
        (await t.ctx.database.db.execute(
          sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'case.file_printed'`,
        )) as unknown as { rows: { n: number }[] }
      ).rows[0]?.n,
    );
  const print = async (who: string, id: string, variant: "full" | "victim") => {
    const c = clients[who] as Client;
    const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await t.app.inject({ method: "GET", url: `/api/v1/cases/${id}/file?variant=${variant}`, headers: { cookie } });
    return { status: res.statusCode, type: String(res.headers["content-type"]), body: res.body };
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.ctx.database.db;
    const jember = (await makeUnit(db)).id;
    const surabaya = (await makeUnit(db, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" })).id;
    const at = (role: UserSpec["roles"][number]["role"], unitId = jember) => ({ role, unitId });
    const specs: Record<string, UserSpec> = {
      head: { roles: [at("head")] },
      supervisor: { roles: [at("supervisor")] },
      caseManager: { roles: [at("case_manager")] },
      otherCaseManager: { roles: [at("case_manager")] },
      // Holds an intervention in the case (so sees it) and manages other cases (so holds case.file.print).
      managingProvider: { roles: [at("service_provider"), at("case_manager")], profession: "konselor" },
      provider: { roles: [at("service_provider")], profession: "psikolog" },
      // Submitted a complaint still awaiting approval (so sees it) and manages other cases.
      officerManager: { roles: [at("intake_officer"), at("case_manager")] },
      outsideHead: { roles: [at("head", surabaya)] },
      outsideManager: { roles: [at("case_manager", surabaya)] },
    };
    const users: Record<string, MadeUser> = {};
    for (const [name, spec] of Object.entries(specs)) {
      users[name] = await makeUser(t.ctx, db, spec);
      clients[name] = new Client(t.app);
      expect((await clients[name]?.signIn(users[name]?.username as string, users[name]?.password as string))?.status).toBe(200);
    }
    const id = (name: string) => users[name]?.id as string;
    const complaint = async (submittedBy: string) => {
      const report = await makeReport(t.ctx, db, {
        unitId: jember,
        category: "child",
        victimName: SECRET,
        status: "awaiting_approval",
        enteredBy: submittedBy,
      });
      return openCaseForApproval(db, {
        reportId: report.id,
        unitId: jember,
        submittedBy,
        submittedAt: new Date(),
        riskLevel: "high",
      });
    };
    openCase = await complaint(id("supervisor"));
    await db
      .update(cases)
      .set({ status: "open", caseManagerId: id("caseManager"), approvedBy: id("supervisor"), approvedAt: new Date() })
      .where(eq(cases.id, openCase));
    await db.insert(interventions).values([
      { caseId: openCase, providerId: id("managingProvider"), serviceType: "social_reintegration" },
      { caseId: openCase, providerId: id("provider"), serviceType: "psychological_support" },
    ]);
    pendingCase = await complaint(id("officerManager"));
  });
  afterAll(() => t.close());

  const refusals: [string, "open" | "pending", 403 | 404][] = [
    ["managingProvider", "open", 403],
    ["provider", "open", 403],
    ["officerManager", "pending", 403],
    ["officerManager", "open", 404],
    ["otherCaseManager", "open", 404],
    ["otherCaseManager", "pending", 404],
    ["caseManager", "pending", 404],
    ["outsideHead", "open", 404],
    ["outsideManager", "open", 404],
  ];

  it.each(refusals)(
    "%s is refused the %s case's file with %i, both variants, nothing leaked or audited",
    async (who, which, status) => {
      const before = await printCount();
      for (const variant of ["full", "victim"] as const) {
        const res = await print(who, which === "open" ? openCase : pendingCase, variant);
        expect(res.status).toBe(status);
        expect(res.type).toContain("application/json");
        expect(Object.keys(JSON.parse(res.body))).toEqual(["error"]);
        expect(res.body).not.toContain(SECRET);
      }
      expect(await printCount()).toBe(before);
    },
  );

  it.each(["caseManager", "supervisor", "head"])("%s prints the case's file, and the print is audited", async (who) => {
    const before = await printCount();
    for (const variant of ["full", "victim"] as const) {
      const res = await print(who, openCase, variant);
      expect(res.status).toBe(200);
      expect(res.type).toBe("application/pdf");
    }
    expect(await printCount()).toBe(before + 2);
  });

  it("the unit's overseers also print a complaint still awaiting approval", async () => {
    expect((await print("supervisor", pendingCase, "full")).status).toBe(200);
    expect((await print("head", pendingCase, "full")).status).toBe(200);
  });
});
