// Overdue flags of case summaries (list, board, approval queue, case page): review date passed, the sexual-violence police
// report pending or overdue, interventions past their target day; none on a closed case.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makePost, makeUnit, makeUser, type UserSpec } from "../../src/demo/factories.js";
import { dayIn } from "../../src/modules/cases/services/today.js";
import { Client } from "../helpers/client.js";
import { WALK_IN } from "../helpers/intake-body.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const DAY = 86_400_000;
/** The unit's calendar day `days` from today (makeUnit's default time zone). */
const unitDay = (days: number) => dayIn("Asia/Jakarta", new Date(Date.now() + days * DAY));
const NO_FLAGS = { reviewOverdue: false, policeDeadline: null, policeDueAt: null, overdueInterventions: 0 };

describe.each(DATABASES)("case overdue flags on %s", (kind) => {
  let t: TestApp;
  let unit: string;
  let post: string;
  const u: Record<string, MadeUser> = {};
  const c: Record<string, Client> = {};

  const exec = (query: ReturnType<typeof sql>) => t.ctx.database.db.execute(query);
  const submitted = async (over: Record<string, unknown> = {}) => {
    const created = await c.officer?.post("/reports", { ...WALK_IN, unitId: unit, postId: post, ...over });
    expect(created?.status).toBe(201);
    expect((await c.officer?.post(`/reports/${created?.body.id}/submit`, { version: 1 }))?.status).toBe(200);
    const queue = (await c.supervisor?.get("/cases/approval-queue"))?.body as { id: string; reportId: string }[];
    return queue.find((s) => s.reportId === created?.body.id)?.id as string;
  };
  const approved = async (over: Record<string, unknown> = {}) => {
    const id = await submitted(over);
    const res = await c.supervisor?.post(`/cases/${id}/events`, { event: "approve", version: 1, caseManagerId: u.cm?.id });
    expect(res?.status).toBe(200);
    return id;
  };
  /** The case as each reader sees it: the case manager's list, the board, the case page. */
  const seen = async (id: string) => {
    const list = (await c.cm?.get("/cases?mine=true&pageSize=100"))?.body.items.find((s: { id: string }) => s.id === id);
    const board = (await c.supervisor?.get("/cases/board"))?.body.items.find((s: { id: string }) => s.id === id);
    const detail = (await c.cm?.get(`/cases/${id}`))?.body;
    const pick = (s: Record<string, unknown>) => ({
      reviewOverdue: s.reviewOverdue,
      policeDeadline: s.policeDeadline,
      policeDueAt: s.policeDueAt,
      overdueInterventions: s.overdueInterventions,
    });
    expect(pick(board)).toEqual(pick(list));
    expect(pick(detail)).toEqual(pick(list));
    return pick(list);
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.ctx.database.db;
    unit = (await makeUnit(db)).id;
    post = (await makePost(db, unit)).id;
    const specs: Record<string, UserSpec> = {
      officer: { roles: [{ role: "intake_officer", unitId: unit }] },
      supervisor: { roles: [{ role: "supervisor", unitId: unit }] },
      cm: { roles: [{ role: "case_manager", unitId: unit }] },
      psych: { roles: [{ role: "service_provider", unitId: unit }], profession: "psikolog" },
      counsellor: { roles: [{ role: "service_provider", unitId: unit }], profession: "konselor" },
    };
    for (const [name, spec] of Object.entries(specs)) {
      u[name] = await makeUser(t.ctx, db, spec);
      c[name] = new Client(t.app, "en");
      expect((await c[name]?.signIn(u[name]?.username as string, u[name]?.password as string))?.status).toBe(200);
    }
  });
  afterAll(() => t.close());

  it("a fresh open case carries no flag; a passed review date flags it until the case is no longer in hand", async () => {
    const id = await approved();
    expect(await seen(id)).toEqual(NO_FLAGS);
    await exec(sql`UPDATE cases SET next_review_at = now() - interval '1 minute' WHERE id = ${id}`);
    expect(await seen(id)).toEqual({ ...NO_FLAGS, reviewOverdue: true });
    await exec(sql`UPDATE cases SET next_review_at = now() + interval '1 day' WHERE id = ${id}`);
    expect((await seen(id)).reviewOverdue).toBe(false);

    // Termination requested: still in hand, still followed. Approved: no longer.
    await exec(sql`UPDATE cases SET next_review_at = now() - interval '1 day' WHERE id = ${id}`);
    const asked = await c.cm?.post(`/cases/${id}/events`, { event: "request_termination", version: 2, reason: "goals_met" });
    expect(asked?.status).toBe(200);
    expect((await seen(id)).reviewOverdue).toBe(true);
    const ok = await c.supervisor?.post(`/cases/${id}/events`, { event: "approve_termination", version: 3 });
    expect(ok?.status).toBe(200);
    expect((await seen(id)).reviewOverdue).toBe(false);
  });

  it("interventions past their target day count while planned or under way, not when done, cancelled or due today", async () => {
    const id = await approved();
    const plan = await c.cm?.put(`/cases/${id}/service-plan`, {
      version: 0,
      interventions: [
        { serviceType: "psychological_support", providerId: u.psych?.id, targetDate: unitDay(-1), goal: "Pemulihan" },
        { serviceType: "social_reintegration", providerId: u.counsellor?.id, targetDate: unitDay(-3), goal: "Sekolah lagi" },
        { serviceType: "mediation", providerId: u.counsellor?.id, targetDate: unitDay(0), goal: "Mediasi keluarga" },
        { serviceType: "religious_guidance", providerId: u.counsellor?.id, targetDate: unitDay(5), goal: "Bimbingan" },
        { serviceType: "psychological_support", providerId: u.psych?.id, targetDate: unitDay(-10), goal: "Konseling awal" },
      ],
    });
    expect(plan?.status).toBe(200);
    expect((await seen(id)).overdueInterventions).toBe(3);
    // A provider counts only their own: the psychologist's two, the counsellor's one.
    const providerSees = async (client: typeof c.psych) =>
      (await client?.get("/cases"))?.body.items.find((s: { id: string }) => s.id === id)?.overdueInterventions;
    expect(await providerSees(c.psych)).toBe(2);
    expect(await providerSees(c.counsellor)).toBe(1);
    const items = plan?.body.interventions as { id: string; goal: string; version: number }[];
    const byGoal = (goal: string) => items.find((i) => i.goal === goal) as { id: string; version: number };
    // The psychologist starts and completes the oldest; the case manager cancels another.
    const oldest = byGoal("Konseling awal");
    expect((await c.psych?.patch(`/interventions/${oldest.id}`, { status: "in_progress", version: 1 }))?.status).toBe(200);
    expect((await seen(id)).overdueInterventions).toBe(3);
    expect((await c.psych?.patch(`/interventions/${oldest.id}`, { status: "done", version: 2 }))?.status).toBe(200);
    expect((await seen(id)).overdueInterventions).toBe(2);
    const school = byGoal("Sekolah lagi");
    expect((await c.cm?.patch(`/interventions/${school.id}`, { status: "cancelled", version: 1 }))?.status).toBe(200);
    expect(await seen(id)).toEqual({ ...NO_FLAGS, overdueInterventions: 1 });
    // The one left overdue is the psychologist's: the counsellor's list shows none.
    expect(await providerSees(c.psych)).toBe(1);
    expect(await providerSees(c.counsellor)).toBe(0);
  });

  it("sexual violence: the police report is pending from submission, overdue after 72 hours, gone once met or waived", async () => {
    const waiting = await submitted({ violenceTypes: ["sexual"] });
    const [report] = (
      (await exec(
        sql`SELECT r.created_at FROM reports r JOIN cases c ON c.report_id = r.id WHERE c.id = ${waiting}`,
      )) as unknown as {
        rows: { created_at: string | Date }[];
      }
    ).rows;
    const queued = (await c.supervisor?.get("/cases/approval-queue"))?.body.find((s: { id: string }) => s.id === waiting);
    expect(queued).toMatchObject({ reviewOverdue: false, overdueInterventions: 0, policeDeadline: "pending" });
    expect(Date.parse(queued.policeDueAt) - new Date(report?.created_at as string).getTime()).toBe(72 * 3_600_000);
    const onBoard = (await c.supervisor?.get("/cases/board"))?.body.items.find((s: { id: string }) => s.id === waiting);
    expect(onBoard).toMatchObject({ policeDeadline: "pending", policeDueAt: queued.policeDueAt });

    const met = await approved({ violenceTypes: ["sexual", "physical"] });
    expect(await seen(met)).toMatchObject({ policeDeadline: "pending", policeDueAt: expect.any(String) });
    await exec(
      sql`UPDATE reports SET created_at = now() - interval '73 hours' WHERE id = (SELECT report_id FROM cases WHERE id = ${met})`,
    );
    expect((await seen(met)).policeDeadline).toBe("overdue");
    expect((await c.cm?.post(`/cases/${met}/police-report/meet`, { reference: "LP/B/77/XI/2026" }))?.status).toBe(200);
    expect(await seen(met)).toEqual(NO_FLAGS);

    const waived = await approved({ violenceTypes: ["sexual"] });
    expect(
      (await c.supervisor?.post(`/cases/${waived}/police-report/waive`, { reason: "Korban dewasa menolak melapor" }))?.status,
    ).toBe(200);
    expect(await seen(waived)).toEqual(NO_FLAGS);

    // Not sexual violence: nothing to track.
    expect((await seen(await approved({ violenceTypes: ["physical"] }))).policeDeadline).toBeNull();
  });

  it("a closed case carries no flag, whatever its dates", async () => {
    const id = await submitted({ violenceTypes: ["sexual"] });
    const rejected = await c.supervisor?.post(`/cases/${id}/events`, {
      event: "reject",
      version: 1,
      reason: "outside_criteria",
    });
    expect(rejected?.status).toBe(200);
    await exec(sql`UPDATE cases SET next_review_at = now() - interval '10 days' WHERE id = ${id}`);
    await exec(
      sql`UPDATE reports SET created_at = now() - interval '10 days' WHERE id = (SELECT report_id FROM cases WHERE id = ${id})`,
    );
    const listed = (await c.supervisor?.get("/cases?status=closed&pageSize=100"))?.body.items.find(
      (s: { id: string }) => s.id === id,
    );
    expect(listed).toMatchObject(NO_FLAGS);
    expect((await c.supervisor?.get(`/cases/${id}`))?.body).toMatchObject(NO_FLAGS);
  });
});
