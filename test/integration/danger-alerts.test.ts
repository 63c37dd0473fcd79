// Alerts to the unit's supervisors through the outbox: a public report with someone in danger now (once, whichever
// process takes it) and an outreach visit that found the victim needs emergency help; neutral, and only to them.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit, makeUser } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { unseal } from "../../src/modules/reports/identity.js";
import { alertSupervisorsOfDanger } from "../../src/modules/reports/intake/alert-supervisors.js";
import { type DangerAlertWorker, startDangerAlerts } from "../../src/modules/reports/intake/danger-alert-worker.js";
import { Client } from "../helpers/client.js";
import { baseForm, urlencoded } from "../helpers/report-form.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const rows = <T = Record<string, unknown>>(r: unknown) => (r as { rows: T[] }).rows;

interface Sent {
  transport: string;
  recipient: string;
  subject: string | null;
  body: string;
}

describe.each(DATABASES)("danger alerts on %s", (kind) => {
  let t: TestApp;
  let jember: string;
  let worker: DangerAlertWorker;
  let officer: Client;

  const query = async <T>(q: ReturnType<typeof sql>) => rows<T>(await t.ctx.database.db.execute(q));
  /** The outbox messages about a report, opened. */
  const sentFor = async (reportId: string): Promise<Sent[]> =>
    (
      await query<{ transport: string; recipient_enc: string; subject_enc: string | null; body_enc: string }>(
        sql`SELECT transport, recipient_enc, subject_enc, body_enc FROM outbox_messages
             WHERE related_type = 'report' AND related_id = ${reportId}`,
      )
    )
      .map((m) => ({
        transport: m.transport,
        recipient: unseal(t.ctx.cipher, "outbox_recipient", m.recipient_enc),
        subject: unseal(t.ctx.cipher, "outbox_subject", m.subject_enc),
        body: unseal(t.ctx.cipher, "outbox_body", m.body_enc),
      }))
      .sort((a, b) => `${a.transport}${a.recipient}`.localeCompare(`${b.transport}${b.recipient}`));
  const alerted = async (reportId: string) =>
    (await query<{ at: boolean }>(sql`SELECT danger_alerted_at IS NOT NULL AS at FROM reports WHERE id = ${reportId}`))[0]?.at;
  const submit = async (inDanger: boolean) => {
    const form = await t.app.inject({ method: "GET", url: "/lapor" });
    const key = /name="idempotencyKey" value="([^"]+)"/.exec(form.body)?.[1] ?? "";
    const res = await t.app.inject({
      method: "POST",
      url: "/lapor",
      payload: urlencoded(baseForm(key, { inDanger: inDanger ? "yes" : "no", victimName: "Dewi Lestari" })),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.statusCode).toBe(200);
    const code = /id="tracking-code">([^<]+)</.exec(res.body)?.[1] ?? "";
    return (await query<{ id: string }>(sql`SELECT id FROM reports WHERE tracking_code = ${code}`))[0]?.id as string;
  };

  beforeAll(async () => {
    // Transports configured (never reached here: nothing dispatches the outbox in this test).
    t = await startTestApp(kind, {
      smtpUrl: "smtp://127.0.0.1:9",
      whatsappUrl: "http://127.0.0.1:9/wa",
      outboxIntervalSeconds: 3600,
      reportSubmitsPerHour: 100,
    });
    const db = t.ctx.database.db;
    jember = (await makeUnit(db)).id;
    const surabaya = (await makeUnit(db, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" })).id;
    const person = async (role: "supervisor" | "intake_officer", unitId: string, set: ReturnType<typeof sql>) => {
      const user = await makeUser(t.ctx, db, { roles: [{ role, unitId }] });
      await db.execute(sql`UPDATE users SET ${set} WHERE id = ${user.id}`);
    };
    await person("supervisor", jember, sql`email = 'hasan@jember.example', phone = '081211112222'`);
    await person("supervisor", jember, sql`email = 'ayu@jember.example', locale = 'en'`);
    await person("supervisor", jember, sql`email = 'gone@jember.example', phone = '081299990000', disabled = true`);
    await person("supervisor", surabaya, sql`email = 'heru@surabaya.example', phone = '081233334444'`);
    await person("intake_officer", jember, sql`email = 'ika@jember.example', phone = '081255556666'`);
    const officerUser = await makeUser(t.ctx, db, { roles: [{ role: "intake_officer", unitId: jember }] });
    officer = new Client(t.app);
    await officer.signIn(officerUser.username, officerUser.password);
    worker = await startDangerAlerts(t.ctx);
  });
  afterAll(async () => {
    await worker?.stop();
    await t?.close();
  });

  it("a report in danger alerts each active supervisor of its unit at once, by e-mail and WhatsApp, in their language", async () => {
    const id = await submit(true);
    // Woken by the submission itself: no waiting for the hour-long interval.
    await expect.poll(async () => (await sentFor(id)).length).toBe(3);
    await worker.idle();
    const sent = await sentFor(id);
    expect(sent.map((m) => [m.transport, m.recipient])).toEqual([
      ["email", "ayu@jember.example"],
      ["email", "hasan@jember.example"],
      ["whatsapp", "081211112222"],
    ]);
    const link = `${t.ctx.config.publicUrl}/console/intake/reports/${id}`;
    const english = sent.find((m) => m.recipient === "ayu@jember.example");
    expect(english?.subject).toBe("Teduh: urgent complaint");
    expect(english?.body).toContain("someone in danger now");
    const indonesian = sent.find((m) => m.recipient === "hasan@jember.example");
    expect(indonesian?.subject).toBe("Teduh: pengaduan mendesak");
    expect(indonesian?.body).toContain("dalam bahaya");
    for (const m of sent) {
      expect(m.body).toContain(link);
      // The link alone: no name, category, place or story of the complaint.
      expect(m.body).not.toMatch(/Dewi|Lestari|Rahmat|anak|child|Jember|dipukul|kekerasan|violence/i);
    }
    expect(await alerted(id)).toBe(true);
    const audit = await query<{ details: { messages: number }; actor_id: string | null }>(
      sql`SELECT details, actor_id FROM audit_events WHERE action = 'report.supervisors_alerted' AND target_id = ${id}`,
    );
    expect(audit).toEqual([{ details: { reason: "danger", messages: 3 }, actor_id: null }]);
  });

  it("a report without danger alerts nobody; a second sweep sends nothing again", async () => {
    const calm = await submit(false);
    const before = await query<{ n: number }>(sql`SELECT count(*)::int AS n FROM outbox_messages`);
    expect(await alertSupervisorsOfDanger(t.ctx)).toBe(0);
    await worker.idle();
    expect(await sentFor(calm)).toEqual([]);
    expect(await alerted(calm)).toBe(false);
    expect(await query<{ n: number }>(sql`SELECT count(*)::int AS n FROM outbox_messages`)).toEqual(before);
  });

  it("a report an officer already took into intake is marked without alerting; sweeps side by side alert each report once", async () => {
    const db = t.ctx.database.db;
    const taken = await makeReport(t.ctx, db, { unitId: jember, inDanger: true, status: "in_intake" });
    const waiting = [];
    for (let i = 0; i < 3; i++) waiting.push(await makeReport(t.ctx, db, { unitId: jember, inDanger: true }));
    const taken1 = await Promise.all([alertSupervisorsOfDanger(t.ctx), alertSupervisorsOfDanger(t.ctx)]);
    expect(taken1[0] + taken1[1]).toBe(4);
    expect(await sentFor(taken.id)).toEqual([]);
    expect(await alerted(taken.id)).toBe(true);
    for (const r of waiting) expect((await sentFor(r.id)).length).toBe(3);
    expect(await alertSupervisorsOfDanger(t.ctx)).toBe(0);
  });

  it("with no transport configured, reports are marked and nothing is queued (the console's alert remains)", async () => {
    const plain = await startTestApp(kind, { outboxIntervalSeconds: 3600 });
    try {
      const db = plain.ctx.database.db;
      const unitId = (await makeUnit(db)).id;
      const user = await makeUser(plain.ctx, db, { roles: [{ role: "supervisor", unitId }] });
      await db.execute(sql`UPDATE users SET email = 'sup@example.org', phone = '0812' WHERE id = ${user.id}`);
      const r = await makeReport(plain.ctx, db, { unitId, inDanger: true });
      expect(await alertSupervisorsOfDanger(plain.ctx)).toBe(1);
      expect(rows(await db.execute(sql`SELECT id FROM outbox_messages`))).toEqual([]);
      const at = rows<{ at: boolean }>(
        await db.execute(sql`SELECT danger_alerted_at IS NOT NULL AS at FROM reports WHERE id = ${r.id}`),
      );
      expect(at[0]?.at).toBe(true);
    } finally {
      await plain.close();
    }
  });

  it("an outreach visit that finds the victim needs emergency help alerts the supervisors with its outcome's commit", async () => {
    const report = await makeReport(t.ctx, t.ctx.database.db, { unitId: jember, status: "in_intake", victimName: "Sri Wahyuni" });
    const team = await officer.get(`/reports/${report.id}/outreach-team`);
    const visit = await officer.post(`/reports/${report.id}/outreach-visits`, {
      // A minute ago, within the clock tolerance: the team is there, and its outcome may be recorded now.
      scheduledFor: new Date(Date.now() - 60_000).toISOString(),
      teamUserIds: [team.body[0].id],
    });
    expect(visit.status).toBe(201);
    const calm = await officer.post(`/outreach-visits/${visit.body.id}/outcome`, {
      version: visit.body.version,
      outcome: "met_safe",
      notes: "",
    });
    expect(calm.status, JSON.stringify(calm.body)).toBe(200);
    expect(await sentFor(report.id)).toEqual([]);
    const again = await officer.post(`/reports/${report.id}/outreach-visits`, {
      scheduledFor: new Date(Date.now() - 60_000).toISOString(),
      teamUserIds: [team.body[0].id],
    });
    const urgent = await officer.post(`/outreach-visits/${again.body.id}/outcome`, {
      version: again.body.version,
      outcome: "needs_emergency_help",
      notes: "Korban dikunci di rumah",
    });
    expect(urgent.status).toBe(200);
    const sent = await sentFor(report.id);
    expect(sent.map((m) => [m.transport, m.recipient])).toEqual([
      ["email", "ayu@jember.example"],
      ["email", "hasan@jember.example"],
      ["whatsapp", "081211112222"],
    ]);
    expect(sent.find((m) => m.recipient === "hasan@jember.example")?.subject).toBe("Teduh: bantuan darurat diperlukan");
    expect(sent.find((m) => m.recipient === "ayu@jember.example")?.body).toContain("needs emergency help");
    for (const m of sent) {
      expect(m.body).toContain(`/console/intake/reports/${report.id}`);
      expect(m.body).not.toMatch(/Sri|Wahyuni|dikunci|rumah/i);
    }
  });

  it("past the unit's hourly number of alerted complaints, reports are marked and audited as capped, and nothing more is queued", async () => {
    const capped = await startTestApp(kind, {
      smtpUrl: "smtp://127.0.0.1:9",
      outboxIntervalSeconds: 3600,
      supervisorAlertsPerHour: 2,
    });
    try {
      const db = capped.ctx.database.db;
      const unitId = (await makeUnit(db)).id;
      const user = await makeUser(capped.ctx, db, { roles: [{ role: "supervisor", unitId }] });
      await db.execute(sql`UPDATE users SET email = 'sup@example.org' WHERE id = ${user.id}`);
      const made: { id: string }[] = [];
      for (let i = 0; i < 3; i++)
        made.push(await makeReport(capped.ctx, db, { unitId, inDanger: true, createdAt: new Date(Date.now() - (3 - i) * 1000) }));
      expect(await alertSupervisorsOfDanger(capped.ctx)).toBe(3);
      const queued = rows<{ related_id: string }>(
        await db.execute(sql`SELECT related_id FROM outbox_messages WHERE related_type = 'report' ORDER BY related_id`),
      ).map((r) => r.related_id);
      expect(queued.sort()).toEqual([made[0]?.id, made[1]?.id].sort());
      const audits = rows<{ target_id: string; details: Record<string, unknown> }>(
        await db.execute(sql`SELECT target_id, details FROM audit_events WHERE action = 'report.supervisors_alerted'`),
      );
      expect(audits.find((a) => a.target_id === made[2]?.id)?.details).toEqual({ reason: "danger", messages: 0, capped: true });
      const left = rows<{ n: number }>(
        await db.execute(sql`SELECT count(*)::int AS n FROM reports WHERE in_danger AND danger_alerted_at IS NULL`),
      );
      expect(left[0]?.n).toBe(0);
    } finally {
      await capped.close();
    }
  });
});
