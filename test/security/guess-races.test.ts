// Guessing a verification link's or client link's code, or a report's PIN, with many requests at once gets no more tries
// than one at a time.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit, makeUser } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { openCaseForApproval } from "../../src/modules/cases/open-case-for-approval.js";
import { Client } from "../helpers/client.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;
const FORM = { "content-type": "application/x-www-form-urlencoded" };

/** Ten six-digit guesses, none of them `right`. */
const wrongGuesses = (right: string) =>
  Array.from({ length: 10 }, (_, i) => String(100_000 + i * 7_919)).map((g) => (g === right ? "999999" : g));

describe.each(DATABASES)("guesses sent together on %s", (kind) => {
  let t: TestApp;
  let unitId: string;
  let officer: Client;
  let supervisor: Client;
  let cm: Client;
  let cmId: string;

  const signedIn = async (role: "intake_officer" | "supervisor" | "case_manager") => {
    const u = await makeUser(t.ctx, t.ctx.database.db, { roles: [{ role, unitId }] });
    const c = new Client(t.app);
    expect((await c.signIn(u.username, u.password)).status).toBe(200);
    return { c, id: u.id };
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    unitId = (await makeUnit(t.ctx.database.db)).id;
    officer = (await signedIn("intake_officer")).c;
    supervisor = (await signedIn("supervisor")).c;
    ({ c: cm, id: cmId } = await signedIn("case_manager"));
  });
  afterAll(() => t.close());

  const post = (url: string, form: Record<string, string>) =>
    t.app.inject({ method: "POST", url, headers: FORM, payload: new URLSearchParams(form).toString() });

  it("a verification link's code: ten wrong codes and the right one at once are compared one after another, five wrong at most", async () => {
    const report = await makeReport(t.ctx, t.ctx.database.db, { unitId, victimName: "Wulan Sekar Arum" });
    const made = await officer.post(`/reports/${report.id}/verification-links`, { channel: "manual" });
    expect(made.status).toBe(201);
    const path = new URL(made.body.url).pathname;
    const code = made.body.code as string;
    const answers = await Promise.all([...wrongGuesses(code), code].map((guess) => post(path, { code: guess })));
    const right = answers.at(-1);
    const events = rows<{ action: string }>(
      await t.ctx.database.db.execute(
        sql`SELECT action FROM audit_events WHERE target_id = ${made.body.link.id}
            AND action IN ('verification.code_failed', 'verification.opened') ORDER BY seq`,
      ),
    ).map((e) => e.action);
    const opened = events.indexOf("verification.opened");
    if (right?.statusCode === 200) {
      // The right code may come first; then it must have been compared before the link died, never after five wrong ones.
      expect(opened).toBeGreaterThanOrEqual(0);
      expect(opened).toBeLessThan(5);
    } else {
      expect(right?.statusCode).toBe(404);
      expect(right?.body).not.toContain("Wulan");
      expect(opened).toBe(-1);
      expect(events).toHaveLength(5);
      expect((await t.app.inject({ method: "GET", url: path })).statusCode).toBe(404);
    }
  });

  it("a client link's code: ten wrong codes and the right one at once are compared one after another, five wrong at most", async () => {
    const db = t.ctx.database.db;
    const report = await makeReport(t.ctx, db, { unitId, status: "awaiting_approval" });
    const submittedBy = (await makeUser(t.ctx, db, { roles: [{ role: "intake_officer", unitId }] })).id;
    const caseId = await openCaseForApproval(db, {
      reportId: report.id,
      unitId,
      submittedBy,
      submittedAt: new Date(),
      riskLevel: "low",
    });
    const approved = await supervisor.post(`/cases/${caseId}/events`, { version: 1, event: "approve", caseManagerId: cmId });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const made = await cm.post(`/cases/${caseId}/consent-links`, { purposes: ["case_handling"], channel: "manual" });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const path = new URL(made.body.url).pathname;
    const code = made.body.code as string;
    const answers = await Promise.all([...wrongGuesses(code), code].map((guess) => post(path, { code: guess })));
    const right = answers.at(-1);
    const events = rows<{ action: string }>(
      await db.execute(
        sql`SELECT action FROM audit_events WHERE target_id = ${caseId} AND details->>'linkId' = ${made.body.link.id}
            AND action IN ('client_link.code_failed', 'client_link.opened') ORDER BY seq`,
      ),
    ).map((e) => e.action);
    const opened = events.indexOf("client_link.opened");
    expect(answers.filter((a) => a.statusCode === 400).length).toBeLessThanOrEqual(5);
    if (right?.statusCode === 200) {
      // The right code may come first; then it must have been compared before the link died, never after five wrong ones.
      expect(opened).toBeGreaterThanOrEqual(0);
      expect(opened).toBeLessThan(5);
    } else {
      expect(right?.statusCode).toBe(404);
      expect(right?.body).not.toContain('name="proof"');
      expect(opened).toBe(-1);
      expect(events).toHaveLength(5);
      expect((await t.app.inject({ method: "GET", url: path })).statusCode).toBe(404);
    }
  });

  it("a report's PIN: ten wrong PINs and the right one at once compare five wrong ones at most", async () => {
    const report = await makeReport(t.ctx, t.ctx.database.db, { unitId });
    const pin = report.pin as string;
    const guesses = [...wrongGuesses(pin), pin];
    const answers = await Promise.all(
      guesses.map((guess) => post("/lapor/status", { trackingCode: report.trackingCode, pin: guess })),
    );
    const compared = rows<{ n: number }>(
      await t.ctx.database.db.execute(
        sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'report.status_pin_failed' AND target_id = ${report.id}`,
      ),
    )[0]?.n;
    expect(compared).toBeLessThanOrEqual(5);
    const wrong = answers.slice(0, -1);
    expect(wrong.filter((a) => a.statusCode === 400)).toHaveLength(compared as number);
    expect(wrong.filter((a) => a.statusCode === 429)).toHaveLength(10 - (compared as number));
    expect([200, 429]).toContain(answers.at(-1)?.statusCode);
    if (compared === 5) {
      // Locked: the right PIN opens nothing either.
      const after = await post("/lapor/status", { trackingCode: report.trackingCode, pin });
      expect(after.statusCode).toBe(429);
      expect(after.body).not.toContain('id="stage"');
    }
  });

  it("a right PIN does not use up the code's allowance: the reporter may look as often as they like", async () => {
    const report = await makeReport(t.ctx, t.ctx.database.db, { unitId });
    for (let i = 0; i < 8; i++) {
      const res = await post("/lapor/status", { trackingCode: report.trackingCode, pin: report.pin as string });
      expect(res.statusCode).toBe(200);
    }
    const wrong = report.pin === "000000" ? "111111" : "000000";
    for (let i = 0; i < 4; i++)
      expect((await post("/lapor/status", { trackingCode: report.trackingCode, pin: wrong })).statusCode).toBe(400);
    expect((await post("/lapor/status", { trackingCode: report.trackingCode, pin: report.pin as string })).statusCode).toBe(200);
  });
});
