// The demo seed's cases: every stage on each regency's board, moved through the table with timeline and audit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoSeed, seedDemo } from "../../src/demo/seed-demo.js";
import { verifyAuditChain } from "../../src/platform/audit/verify.js";
import { Client } from "../helpers/client.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

describe.each(DATABASES)("demo cases on %s", (kind) => {
  let t: TestApp;
  let seed: DemoSeed;
  beforeAll(async () => {
    t = await startTestApp(kind);
    seed = await seedDemo(t.ctx);
  });
  afterAll(() => t.close());

  const login = async (role: string, unitName: string) => {
    const l = seed.logins.find((x) => x.role === role && x.unitName === unitName);
    const c = new Client(t.app);
    expect((await c.signIn(l?.username as string, l?.password as string)).status).toBe(200);
    return { c, id: l?.userId as string };
  };

  it.each(["UPTD PPA Kabupaten Jember", "UPTD PPA Kota Surabaya"])(
    "%s: a board with every stage, a queue, numbered cases",
    async (unitName) => {
      const { c: supervisor } = await login("supervisor", unitName);
      const board = await supervisor.get("/cases/board");
      expect(
        Object.fromEntries(board.body.columns.map((col: { status: string; count: number }) => [col.status, col.count])),
      ).toEqual({
        awaiting_approval: 2,
        open: 2,
        termination_requested: 1,
        termination_approved: 0,
        closed: 1,
      });
      expect((await supervisor.get("/cases/approval-queue")).body[0]).toMatchObject({
        riskLevel: "high",
        inDanger: true,
        category: "child",
      });
      const { c: manager, id } = await login("case_manager", unitName);
      const mine = await manager.get("/cases?mine=true");
      expect(mine.body.total).toBe(2);
      for (const item of mine.body.items) {
        expect(item.caseManager.id).toBe(id);
        expect(item.registerNumber).toMatch(/^PPA-\d+-\d{4}-\d{5}$/);
        const detail = await manager.get(`/cases/${item.id}`);
        expect(detail.body.timeline[0].event).toBe("submit");
      }
    },
  );

  it("the seeded moves are in an intact audit chain", async () => {
    expect((await verifyAuditChain(t.ctx.database.db)).intact).toBe(true);
  });
});
