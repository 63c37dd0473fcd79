// Outreach visits over the API: schedule with a unit team, move, cancel, record the outcome; stale versions 409; emergency raises risk;
// never scheduled or moved into the past, and no outcome before the visit's time.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makeUnit, makeUser } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { Client } from "../helpers/client.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const rows = <T = Record<string, unknown>>(r: unknown) => (r as { rows: T[] }).rows;

describe.each(DATABASES)("outreach visits on %s", (kind) => {
  let t: TestApp;
  let unitId: string;
  let officer: Client;
  let officerUser: MadeUser;
  let counsellor: MadeUser;
  let disabled: MadeUser;
  let stranger: MadeUser;
  let outsider: Client;

  const newReport = async (over: Record<string, unknown> = {}) =>
    (await makeReport(t.ctx, t.ctx.database.db, { unitId, ...over })).id;
  const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  /** The visit's time comes: moved to a minute ago in the database, as the clock would. */
  const arrive = (visitId: string) =>
    t.ctx.database.db.execute(sql`UPDATE outreach_visits SET scheduled_for = now() - interval '1 minute' WHERE id = ${visitId}`);

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.ctx.database.db;
    unitId = (await makeUnit(db)).id;
    const other = (await makeUnit(db, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" })).id;
    officerUser = await makeUser(t.ctx, db, { roles: [{ role: "intake_officer", unitId }], displayName: "Dewi Lestari" });
    counsellor = await makeUser(t.ctx, db, { roles: [{ role: "service_provider", unitId }], displayName: "Ayu Rahayu" });
    disabled = await makeUser(t.ctx, db, { roles: [{ role: "case_manager", unitId }] });
    await db.execute(sql`UPDATE users SET disabled = true WHERE id = ${disabled.id}`);
    stranger = await makeUser(t.ctx, db, { roles: [{ role: "intake_officer", unitId: other }] });
    officer = new Client(t.app);
    await officer.signIn(officerUser.username, officerUser.password);
    outsider = new Client(t.app);
    await outsider.signIn(stranger.username, stranger.password);
  });
  afterAll(() => t.close());

  it("offers the unit's active staff as the team and refuses anyone else", async () => {
    const reportId = await newReport();
    const team = await officer.get(`/reports/${reportId}/outreach-team`);
    expect(team.status).toBe(200);
    const ids = team.body.map((m: { id: string }) => m.id);
    expect(ids).toEqual(expect.arrayContaining([officerUser.id, counsellor.id]));
    expect(ids).not.toContain(disabled.id);
    expect(ids).not.toContain(stranger.id);
    for (const bad of [stranger.id, disabled.id]) {
      const res = await officer.post(`/reports/${reportId}/outreach-visits`, {
        scheduledFor: inHours(24),
        teamUserIds: [officerUser.id, bad],
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("outreach.team_invalid");
    }
  });

  it("schedules, moves and cancels a visit; a stale version answers 409; every step is audited", async () => {
    const reportId = await newReport();
    const when = "2030-03-05T09:30:00+07:00";
    const made = await officer.post(`/reports/${reportId}/outreach-visits`, {
      scheduledFor: when,
      teamUserIds: [officerUser.id, counsellor.id],
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      reportId,
      unitId,
      scheduledFor: "2030-03-05T02:30:00.000Z",
      status: "scheduled",
      version: 1,
      team: [
        { id: officerUser.id, displayName: "Dewi Lestari" },
        { id: counsellor.id, displayName: "Ayu Rahayu" },
      ],
    });
    const moved = await officer.patch(`/outreach-visits/${made.body.id}`, {
      version: 1,
      scheduledFor: "2030-03-06T10:00:00+07:00",
      teamUserIds: [counsellor.id],
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ version: 2, scheduledFor: "2030-03-06T03:00:00.000Z", team: [{ id: counsellor.id }] });
    const stale = await officer.patch(`/outreach-visits/${made.body.id}`, { version: 1, teamUserIds: [officerUser.id] });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("outreach.stale");
    expect((await officer.post(`/outreach-visits/${made.body.id}/cancel`, { version: 1 })).status).toBe(409);
    const cancelled = await officer.post(`/outreach-visits/${made.body.id}/cancel`, { version: 2 });
    expect(cancelled.body).toMatchObject({ status: "cancelled", version: 3 });
    expect((await officer.post(`/outreach-visits/${made.body.id}/outcome`, { version: 3, outcome: "met_safe" })).status).toBe(
      409,
    );
    const actions = rows<{ action: string }>(
      await t.ctx.database.db.execute(sql`SELECT action FROM audit_events WHERE target_id = ${made.body.id} ORDER BY seq`),
    ).map((r) => r.action);
    expect(actions).toEqual(["outreach.scheduled", "outreach.updated", "outreach.cancelled"]);
  });

  it("'needs emergency help' raises the report's risk to high, audits it and publishes a live event; notes are sealed", async () => {
    const reportId = await newReport();
    await t.ctx.database.db.execute(sql`UPDATE reports SET risk_level = 'medium' WHERE id = ${reportId}`);
    const visit = await officer.post(`/reports/${reportId}/outreach-visits`, {
      scheduledFor: inHours(2),
      teamUserIds: [officerUser.id],
    });
    await arrive(visit.body.id);
    const events: string[] = [];
    const stop = await t.ctx.database.listen("teduh_events", (p) => events.push(p));
    const recorded = await officer.post(`/outreach-visits/${visit.body.id}/outcome`, {
      version: 1,
      outcome: "needs_emergency_help",
      notes: "Korban ketakutan, pelaku masih di rumah.",
    });
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({
      status: "done",
      outcome: "needs_emergency_help",
      notes: "Korban ketakutan, pelaku masih di rumah.",
      version: 2,
    });
    const stored = rows<{ notes_enc: string }>(
      await t.ctx.database.db.execute(sql`SELECT notes_enc FROM outreach_visits WHERE id = ${visit.body.id}`),
    )[0];
    expect(stored?.notes_enc).not.toContain("pelaku");
    const report = rows<{ risk_level: string }>(
      await t.ctx.database.db.execute(sql`SELECT risk_level FROM reports WHERE id = ${reportId}`),
    )[0];
    expect(report?.risk_level).toBe("high");
    const audit = rows<{ action: string; details: Record<string, unknown> }>(
      await t.ctx.database.db.execute(
        sql`SELECT action, details FROM audit_events WHERE target_id = ${reportId} ORDER BY seq DESC LIMIT 2`,
      ),
    );
    // The risk raised, then the supervisors alerted (no transport configured here: the console's notice alone).
    expect(audit).toEqual([
      { action: "report.supervisors_alerted", details: { reason: "emergency", messages: 0 } },
      { action: "report.risk_changed", details: { from: "medium", to: "high", source: "outreach", visitId: visit.body.id } },
    ]);
    for (let i = 0; i < 50 && !events.length; i++) await new Promise((r) => setTimeout(r, 20));
    await stop();
    expect(events.map((e) => JSON.parse(e))).toContainEqual({
      type: "report.updated",
      unitId,
      id: reportId,
      data: { riskLevel: "high", emergency: true },
    });
    const listed = await officer.get(`/reports/${reportId}/outreach-visits`);
    expect(listed.body).toHaveLength(1);
  });

  it("a safe outcome leaves the risk alone; my upcoming visits lists only mine, soonest first", async () => {
    const reportId = await newReport();
    const later = await officer.post(`/reports/${reportId}/outreach-visits`, {
      scheduledFor: inHours(48),
      teamUserIds: [officerUser.id],
    });
    const sooner = await officer.post(`/reports/${reportId}/outreach-visits`, {
      scheduledFor: inHours(3),
      teamUserIds: [officerUser.id, counsellor.id],
    });
    await officer.post(`/reports/${reportId}/outreach-visits`, { scheduledFor: inHours(5), teamUserIds: [counsellor.id] });
    const mine = await officer.get("/me/outreach-visits");
    const ids = mine.body.map((v: { id: string }) => v.id);
    expect(ids.indexOf(sooner.body.id)).toBeLessThan(ids.indexOf(later.body.id));
    expect(mine.body.every((v: { team: { id: string }[] }) => v.team.some((m) => m.id === officerUser.id))).toBe(true);
    await arrive(sooner.body.id);
    expect((await officer.post(`/outreach-visits/${sooner.body.id}/outcome`, { version: 1, outcome: "met_safe" })).status).toBe(
      200,
    );
    const report = rows<{ risk_level: string | null }>(
      await t.ctx.database.db.execute(sql`SELECT risk_level FROM reports WHERE id = ${reportId}`),
    )[0];
    expect(report?.risk_level).toBeNull();
    expect((await officer.get("/me/outreach-visits")).body.map((v: { id: string }) => v.id)).not.toContain(sooner.body.id);
  });

  it("refuses a visit time more than a few minutes past, translated and naming the field, and stores nothing", async () => {
    const reportId = await newReport();
    const english = new Client(t.app, "en");
    await english.signIn(officerUser.username, officerUser.password);
    const count = async () =>
      rows<{ n: number }>(
        await t.ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM outreach_visits WHERE report_id = ${reportId}`),
      )[0]?.n;
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000).toISOString();
    for (const [client, message] of [
      [officer, "Waktu kunjungan tidak boleh di masa lalu."],
      [english, "The visit time cannot be in the past."],
    ] as const) {
      const res = await client.post(`/reports/${reportId}/outreach-visits`, {
        scheduledFor: tenMinutesAgo,
        teamUserIds: [officerUser.id],
      });
      expect(res.status).toBe(400);
      expect(res.body.error).toEqual({ code: "outreach.time_past", message, fields: [{ path: "scheduledFor", message }] });
    }
    expect(
      (
        await officer.post(`/reports/${reportId}/outreach-visits`, {
          scheduledFor: "2020-01-01T09:00:00+07:00",
          teamUserIds: [officerUser.id],
        })
      ).status,
    ).toBe(400);
    expect(await count()).toBe(0);
    // Within the clock tolerance (the minutes spent on the form): accepted.
    const now = await officer.post(`/reports/${reportId}/outreach-visits`, {
      scheduledFor: new Date(Date.now() - 2 * 60_000).toISOString(),
      teamUserIds: [officerUser.id],
    });
    expect(now.status).toBe(201);
    // Moving a visit into the past is refused the same way and changes nothing; its team alone may still change.
    const visit = await officer.post(`/reports/${reportId}/outreach-visits`, {
      scheduledFor: inHours(6),
      teamUserIds: [officerUser.id],
    });
    const moved = await officer.patch(`/outreach-visits/${visit.body.id}`, {
      version: 1,
      scheduledFor: tenMinutesAgo,
      teamUserIds: [counsellor.id],
    });
    expect(moved.status).toBe(400);
    expect(moved.body.error).toMatchObject({ code: "outreach.time_past", fields: [{ path: "scheduledFor" }] });
    const after = await officer.get(`/reports/${reportId}/outreach-visits`);
    expect(after.body.find((v: { id: string }) => v.id === visit.body.id)).toMatchObject({
      version: 1,
      scheduledFor: visit.body.scheduledFor,
      team: [{ id: officerUser.id }],
    });
    expect((await officer.patch(`/outreach-visits/${visit.body.id}`, { version: 1, teamUserIds: [counsellor.id] })).status).toBe(
      200,
    );
    const actions = rows<{ action: string }>(
      await t.ctx.database.db.execute(sql`SELECT action FROM audit_events WHERE target_id = ${visit.body.id} ORDER BY seq`),
    ).map((r) => r.action);
    expect(actions).toEqual(["outreach.scheduled", "outreach.updated"]);
    expect(await count()).toBe(2);
  });

  it("an outcome recorded before the visit's planned time is taken, and the visit's time becomes the time of recording", async () => {
    const reportId = await newReport();
    const planned = inHours(3);
    const visit = await officer.post(`/reports/${reportId}/outreach-visits`, {
      scheduledFor: planned,
      teamUserIds: [officerUser.id],
    });
    const before = Date.now();
    const recorded = await officer.post(`/outreach-visits/${visit.body.id}/outcome`, {
      version: 1,
      outcome: "needs_emergency_help",
    });
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({ status: "done", outcome: "needs_emergency_help", version: 2 });
    const at = Date.parse(recorded.body.scheduledFor);
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
    // The plan is kept in the audit event; the emergency still raised the risk.
    const audit = rows<{ details: { plannedFor?: string } }>(
      await t.ctx.database.db.execute(
        sql`SELECT details FROM audit_events WHERE target_id = ${visit.body.id} AND action = 'outreach.recorded'`,
      ),
    )[0];
    expect(Date.parse(audit?.details.plannedFor ?? "")).toBe(Date.parse(planned));
    expect((await officer.get(`/reports/${reportId}`)).body.riskLevel).toBe("high");
    // A visit whose time has passed keeps its time.
    const past = await officer.post(`/reports/${reportId}/outreach-visits`, {
      scheduledFor: inHours(1),
      teamUserIds: [officerUser.id],
    });
    await arrive(past.body.id);
    const kept = (await officer.get(`/reports/${reportId}/outreach-visits`)).body.find(
      (v: { id: string }) => v.id === past.body.id,
    ).scheduledFor;
    const done = await officer.post(`/outreach-visits/${past.body.id}/outcome`, { version: 1, outcome: "met_safe" });
    expect(done.status).toBe(200);
    expect(done.body.scheduledFor).toBe(kept);
  });

  it("another unit's officer sees and changes nothing (404); closed reports take no visits (409)", async () => {
    const reportId = await newReport();
    const visit = await officer.post(`/reports/${reportId}/outreach-visits`, {
      scheduledFor: inHours(4),
      teamUserIds: [officerUser.id],
    });
    expect((await outsider.get(`/reports/${reportId}/outreach-visits`)).status).toBe(404);
    expect((await outsider.post(`/outreach-visits/${visit.body.id}/outcome`, { version: 1, outcome: "refused" })).status).toBe(
      404,
    );
    expect((await outsider.get("/me/outreach-visits")).body).toEqual([]);
    const closed = await newReport({ status: "not_a_case" });
    expect(
      (await officer.post(`/reports/${closed}/outreach-visits`, { scheduledFor: inHours(4), teamUserIds: [officerUser.id] }))
        .status,
    ).toBe(409);
  });
});
