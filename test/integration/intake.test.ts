// The intake console's API: queue, facts, audited identity, contact, messages, decisions, intake form, approval.
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makePost, makeUnit, makeUser, type UserSpec } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { Client } from "../helpers/client.js";
import { WALK_IN } from "../helpers/intake-body.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

describe.each(DATABASES)("intake console on %s", (kind) => {
  let t: TestApp;
  let jember: string;
  let surabaya: string;
  let post: string;
  let officerUser: MadeUser;
  let officer: Client;
  let head: Client;
  let outsider: Client;

  const staff = (roles: UserSpec["roles"]) => makeUser(t.ctx, t.ctx.database.db, { roles });
  const signedIn = async (u: MadeUser, lang: "id" | "en" = "id") => {
    const c = new Client(t.app, lang);
    expect((await c.signIn(u.username, u.password)).status).toBe(200);
    return c;
  };
  const audits = async (targetId: string) => {
    const r = await t.ctx.database.db.execute(
      sql`SELECT action, actor_id, details FROM audit_events WHERE target_id = ${targetId} ORDER BY seq`,
    );
    return (r as unknown as { rows: { action: string; actor_id: string; details: Record<string, unknown> }[] }).rows;
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.ctx.database.db;
    jember = (await makeUnit(db)).id;
    surabaya = (await makeUnit(db, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" })).id;
    post = (await makePost(db, jember)).id;
    officerUser = await staff([{ role: "intake_officer", unitId: jember }]);
    officer = await signedIn(officerUser);
    head = await signedIn(await staff([{ role: "head", unitId: jember }]));
    outsider = await signedIn(await staff([{ role: "intake_officer", unitId: surabaya }]));
  });
  afterAll(() => t.close());

  it("the queue lists the unit's open complaints, in danger first then newest, without identity", async () => {
    const db = t.ctx.database.db;
    const old = await makeReport(t.ctx, db, {
      unitId: jember,
      createdAt: new Date(Date.now() - 3_600_000),
      victimName: "Rina Queue",
    });
    const danger = await makeReport(t.ctx, db, { unitId: jember, inDanger: true, createdAt: new Date(Date.now() - 7_200_000) });
    const fresh = await makeReport(t.ctx, db, { unitId: jember });
    await makeReport(t.ctx, db, { unitId: surabaya });
    const res = await officer.get("/reports");
    expect(res.status).toBe(200);
    const ids = res.body.items.map((i: { id: string }) => i.id);
    expect(ids.slice(0, 3)).toEqual([danger.id, fresh.id, old.id]);
    expect(res.body.items.every((i: { unitId: string }) => i.unitId === jember)).toBe(true);
    expect(JSON.stringify(res.body)).not.toContain("Rina Queue");
    const filtered = await officer.get("/reports?danger=true");
    expect(filtered.body.items.map((i: { id: string }) => i.id)).toEqual([danger.id]);
    const paged = await officer.get("/reports?pageSize=1&page=2");
    expect(paged.body).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(paged.body.items[0].id).toBe(fresh.id);
    expect((await head.get("/reports")).body.total).toBe(3);
    expect((await outsider.get("/reports")).body.items.map((i: { id: string }) => i.id)).not.toContain(fresh.id);
  });

  it("facts carry no identity; revealing identity is audited; the head may not reveal it", async () => {
    const r = await makeReport(t.ctx, t.ctx.database.db, { unitId: jember, category: "child", victimName: "Anak Rahasia" });
    const facts = await officer.get(`/reports/${r.id}`);
    expect(facts.status).toBe(200);
    expect(facts.body).toMatchObject({
      id: r.id,
      category: "child",
      status: "received",
      counts: { messages: 0, attempts: 0, evidence: 0 },
    });
    expect(JSON.stringify(facts.body)).not.toContain("Anak Rahasia");
    expect((await head.post(`/reports/${r.id}/identity`)).status).toBe(403);
    const identity = await officer.post(`/reports/${r.id}/identity`);
    expect(identity.status).toBe(200);
    expect(identity.body.victimName).toBe("Anak Rahasia");
    const trail = await audits(r.id);
    expect(trail.at(-1)).toMatchObject({ action: "report.identity_read", actor_id: officerUser.id });
    expect(JSON.stringify(trail)).not.toContain("Anak Rahasia");
    expect((await outsider.post(`/reports/${r.id}/identity`)).status).toBe(404);
    expect((await outsider.get(`/reports/${r.id}`)).status).toBe(404);
  });

  it("contact attempts and messages are logged, sealed and audited; the thread lists both directions", async () => {
    const r = await makeReport(t.ctx, t.ctx.database.db, { unitId: jember });
    const attempt = await officer.post(`/reports/${r.id}/contact-attempts`, {
      method: "phone",
      outcome: "no_answer",
      note: "Tidak diangkat",
    });
    expect(attempt.status).toBe(201);
    expect(attempt.body).toMatchObject({
      method: "phone",
      outcome: "no_answer",
      note: "Tidak diangkat",
      actorId: officerUser.id,
    });
    expect((await officer.post(`/reports/${r.id}/contact-attempts`, { method: "fax", outcome: "x" })).status).toBe(400);
    const msg = await officer.post(`/reports/${r.id}/messages`, { body: "Kami akan menghubungi Anda besok pagi." });
    expect(msg.status).toBe(201);
    await t.ctx.database.db.execute(
      sql`INSERT INTO report_messages (report_id, direction, body_enc) VALUES (${r.id}, 'from_reporter', ${t.ctx.cipher.encrypt("Terima kasih", "reports.message")})`,
    );
    const thread = await officer.get(`/reports/${r.id}/messages`);
    expect(thread.body.map((m: { direction: string; body: string }) => [m.direction, m.body])).toEqual([
      ["to_reporter", "Kami akan menghubungi Anda besok pagi."],
      ["from_reporter", "Terima kasih"],
    ]);
    const stored = await t.ctx.database.db.execute(sql`SELECT body_enc FROM report_messages WHERE report_id = ${r.id}`);
    expect(JSON.stringify(stored)).not.toContain("besok pagi");
    expect((await officer.get(`/reports/${r.id}`)).body.counts).toEqual({ messages: 2, attempts: 1, evidence: 0 });
    expect((await audits(r.id)).map((a) => a.action)).toEqual([
      "report.submitted",
      "report.contact_logged",
      "report.message_sent",
    ]);
    expect((await head.get(`/reports/${r.id}/messages`)).status).toBe(403);
  });

  it("accept moves received -> in_intake once; a second accept is 409; a stale version is 409", async () => {
    const r = await makeReport(t.ctx, t.ctx.database.db, { unitId: jember });
    expect((await officer.post(`/reports/${r.id}/accept`, { version: 99 })).status).toBe(409);
    const accepted = await officer.post(`/reports/${r.id}/accept`, { version: 1 });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: "in_intake", version: 2 });
    const again = await officer.post(`/reports/${r.id}/accept`);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain("status");
    expect((await audits(r.id)).at(-1)).toMatchObject({
      action: "report.accepted",
      details: { from: "received", to: "in_intake" },
    });
  });

  it("possible duplicates: same phone, same NIK, same name and birth date, similar name; only in the same unit", async () => {
    const db = t.ctx.database.db;
    const base = await makeReport(t.ctx, db, {
      unitId: jember,
      victimName: "Siti Nurhaliza",
      victimBirthDate: "1991-02-03",
      victimNik: "3509010302910001",
      reporterPhone: "0812 9999 0000",
    });
    const byPhone = await makeReport(t.ctx, db, {
      unitId: jember,
      victimName: "Orang Lain",
      victimBirthDate: "1970-01-01",
      reporterPhone: "+62 812-9999-0000",
      regencyCode: "3510",
    });
    const byNik = await makeReport(t.ctx, db, {
      unitId: jember,
      victimName: "Nama Beda",
      victimBirthDate: "1980-01-01",
      victimNik: "3509010302910001",
      reporterPhone: "0800",
      regencyCode: "3510",
    });
    const byName = await makeReport(t.ctx, db, {
      unitId: jember,
      victimName: "nurhaliza siti",
      victimBirthDate: "1991-02-03",
      reporterPhone: "0801",
      regencyCode: "3510",
    });
    const similar = await makeReport(t.ctx, db, {
      unitId: jember,
      victimName: "Siti Nurhalisa",
      victimBirthDate: "1990-01-01",
      reporterPhone: "0802",
    });
    const unrelated = await makeReport(t.ctx, db, {
      unitId: jember,
      victimName: "Bambang Sutrisno",
      victimBirthDate: "1960-01-01",
      reporterPhone: "0803",
    });
    await makeReport(t.ctx, db, {
      unitId: surabaya,
      victimName: "Siti Nurhaliza",
      victimBirthDate: "1991-02-03",
      reporterPhone: "0812 9999 0000",
    });
    const res = await officer.get(`/reports/${base.id}/possible-duplicates`);
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.body.map((c: { id: string; reasons: string[] }) => [c.id, c.reasons]));
    expect(byId[byPhone.id]).toEqual(["phone"]);
    expect(byId[byNik.id]).toEqual(["nik"]);
    expect(byId[byName.id]).toEqual(expect.arrayContaining(["name_birth_date", "similar_name"]));
    expect(byId[similar.id]).toEqual(["similar_name"]);
    expect(byId[unrelated.id]).toBeUndefined();
    expect(Object.keys(byId)).toHaveLength(4);

    const dup = await officer.post(`/reports/${byName.id}/duplicate`, { duplicateOfId: base.id });
    expect(dup.body).toMatchObject({ status: "duplicate", duplicateOfId: base.id });
    const other = await makeReport(t.ctx, db, { unitId: surabaya });
    expect((await officer.post(`/reports/${similar.id}/duplicate`, { duplicateOfId: other.id })).status).toBe(400);
    expect((await officer.post(`/reports/${similar.id}/duplicate`, { duplicateOfId: similar.id })).status).toBe(400);
  });

  it("a duplicate of a complaint the hints did not find: named by its tracking code, as typed, or by its case's register number", async () => {
    const db = t.ctx.database.db;
    const original = await makeReport(t.ctx, db, { unitId: jember, victimName: "Ani", reporterPhone: "0811" });
    const again = await makeReport(t.ctx, db, { unitId: jember, victimName: "D. L.", reporterPhone: "0822" });
    // Typed by hand: lower case, without dashes.
    const typed = original.trackingCode.toLowerCase().replaceAll("-", " ");
    const dup = await officer.post(`/reports/${again.id}/duplicate`, { duplicateOfCode: typed, version: 1 });
    expect(dup.status).toBe(200);
    expect(dup.body).toMatchObject({ status: "duplicate", duplicateOfId: original.id });
    expect((await audits(again.id)).at(-1)).toMatchObject({
      action: "report.marked_duplicate",
      details: { duplicateOfId: original.id },
    });

    // A case's register number names its complaint.
    const approved = await makeReport(t.ctx, db, { unitId: jember, status: "awaiting_approval" });
    await db.execute(
      sql`INSERT INTO cases (unit_id, report_id, register_number, status, submitted_by) VALUES (${jember}, ${approved.id}, 'PPA-3509-2026-00077', 'awaiting_approval', ${officerUser.id})`,
    );
    const third = await makeReport(t.ctx, db, { unitId: jember });
    const byRegister = await officer.post(`/reports/${third.id}/duplicate`, { duplicateOfCode: "ppa-3509-2026-00077" });
    expect(byRegister.body).toMatchObject({ status: "duplicate", duplicateOfId: approved.id });

    // Another unit's code, an unknown one, its own, or none at all: refused with a message at the field, nothing changed.
    const elsewhere = await makeReport(t.ctx, db, { unitId: surabaya });
    const open = await makeReport(t.ctx, db, { unitId: jember });
    for (const body of [
      { duplicateOfCode: elsewhere.trackingCode },
      { duplicateOfCode: "TDH-XXXX-YYYY" },
      { duplicateOfCode: open.trackingCode },
      {},
      { duplicateOfId: original.id, duplicateOfCode: original.trackingCode },
    ]) {
      const refused = await officer.post(`/reports/${open.id}/duplicate`, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.error.fields).toEqual([expect.objectContaining({ path: "duplicateOfCode" })]);
    }
    const unknown = await officer.post(`/reports/${open.id}/duplicate`, { duplicateOfCode: elsewhere.trackingCode });
    expect(unknown.body.error.message).toBe("Pengaduan asal tidak ditemukan di unit ini.");
    expect((await officer.get(`/reports/${open.id}`)).body).toMatchObject({ status: "received", version: 1 });
  });

  it("finds a complaint of the officer's units by its tracking code or register number as read out, closed ones too; another unit's is not found", async () => {
    const db = t.ctx.database.db;
    const wanted = await makeReport(t.ctx, db, { unitId: jember, status: "not_a_case" });
    const lookup = (client: Client, code: string) => client.get(`/reports/lookup?code=${encodeURIComponent(code)}`);
    // Read over the phone: lower case, spaces for dashes, no "TDH" prefix.
    for (const typed of [
      wanted.trackingCode,
      wanted.trackingCode.toLowerCase().replaceAll("-", " "),
      ` ${wanted.trackingCode.slice(4).toLowerCase()} `,
    ]) {
      const found = await lookup(officer, typed);
      expect(found.status, typed).toBe(200);
      expect(found.body).toMatchObject({ id: wanted.id, trackingCode: wanted.trackingCode, status: "not_a_case" });
      expect(JSON.stringify(found.body)).not.toContain("Siti");
    }
    // A case's register number, typed with spaces, names its complaint; the head of the unit finds it too.
    const approved = await makeReport(t.ctx, db, { unitId: jember, status: "awaiting_approval" });
    await db.execute(
      sql`INSERT INTO cases (unit_id, report_id, register_number, status, submitted_by) VALUES (${jember}, ${approved.id}, 'PPA-3509-2026-00078', 'awaiting_approval', ${officerUser.id})`,
    );
    expect((await lookup(officer, "ppa 3509 2026 00078")).body).toMatchObject({ id: approved.id });
    expect((await lookup(head, "PPA-3509-2026-00078")).body).toMatchObject({ id: approved.id });

    // Another unit's officer: the same answer as for a code nobody has, in words, nothing of the complaint.
    for (const code of [wanted.trackingCode, "PPA-3509-2026-00078", "TDH-XXXX-YYYY"]) {
      const none = await lookup(outsider, code);
      expect(none.status, code).toBe(404);
      expect(none.body).toEqual({
        error: {
          code: "intake.lookup_none",
          message: "Tidak ada pengaduan dengan kode pelacakan atau nomor register itu di unit Anda.",
        },
      });
    }
    expect((await lookup(officer, "TDH-XXXX-YYYY")).status).toBe(404);
    expect((await lookup(officer, "   ")).status).toBe(400);
    expect((await officer.get("/reports/lookup")).status).toBe(400);
  });

  it("not a case closes with a reason and a sealed note; risk level changes are audited", async () => {
    const db = t.ctx.database.db;
    const r = await makeReport(t.ctx, db, { unitId: jember });
    const risk = await officer.put(`/reports/${r.id}/risk`, { riskLevel: "high" });
    expect(risk.body).toMatchObject({ riskLevel: "high", version: 2 });
    expect((await audits(r.id)).at(-1)).toMatchObject({ action: "report.risk_changed", details: { from: null, to: "high" } });
    const closed = await officer.post(`/reports/${r.id}/not-a-case`, { reason: "prank", note: "Penelepon tertawa" });
    expect(closed.body).toMatchObject({ status: "not_a_case", closeReason: "prank" });
    expect((await audits(r.id)).at(-1)).toMatchObject({ action: "report.marked_not_a_case", details: { reason: "prank" } });
    expect((await officer.put(`/reports/${r.id}/risk`, { riskLevel: "low" })).status).toBe(409);
    expect((await head.post(`/reports/${r.id}/not-a-case`, { reason: "prank" })).status).toBe(403);
  });

  it("the intake form enters a walk-in at a post (in intake), edits it with versions, and submits it for approval", async () => {
    expect((await officer.post("/reports", { ...WALK_IN, unitId: jember })).status).toBe(400); // walk-in needs a post
    expect((await outsider.post("/reports", { ...WALK_IN, unitId: jember, postId: post })).status).toBe(404);
    const created = await officer.post("/reports", { ...WALK_IN, unitId: jember, postId: post });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: "in_intake",
      channel: "walk_in",
      postId: post,
      riskLevel: "medium",
      victimAge: 36,
      version: 1,
    });
    expect(created.body.missingForSubmit).toEqual([]);
    const id = created.body.id;
    const identity = await officer.post(`/reports/${id}/identity`);
    expect(identity.body).toMatchObject({
      victimName: "Dewi Lestari",
      victimNik: "3509014506900001",
      details: { needs: "Pendampingan hukum dan konseling" },
    });
    const row = await t.ctx.database.db.execute(sql`SELECT victim_name_enc, intake_enc FROM reports WHERE id = ${id}`);
    expect(JSON.stringify(row)).not.toContain("Dewi");
    expect(JSON.stringify(row)).not.toContain("Pendampingan");

    const edited = await officer.put(`/reports/${id}/intake`, { ...WALK_IN, postId: post, riskLevel: "high", version: 1 });
    expect(edited.body).toMatchObject({ riskLevel: "high", version: 2 });
    const stale = await new Client(t.app, "en").request("GET", "/me"); // unauthenticated client: 401
    expect(stale.status).toBe(401);
    const en = await signedIn(officerUser, "en");
    const conflict = await en.put(`/reports/${id}/intake`, { ...WALK_IN, postId: post, version: 1 });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.message).toBe("Someone else changed this complaint. Reload and try again.");
    expect((await audits(id)).map((a) => a.action)).toEqual([
      "report.created",
      "report.identity_read",
      "report.risk_changed",
      "report.intake_updated",
    ]);

    const submitted = await officer.post(`/reports/${id}/submit`, { version: 2 });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: "awaiting_approval", submittedAt: expect.any(String) });
    expect((await officer.put(`/reports/${id}/intake`, { ...WALK_IN, postId: post, version: 3 })).status).toBe(409);
  });

  it("a complaint from /lapor keeps its channel (and no post) when the intake form is saved, whatever channel the body names", async () => {
    const web = await makeReport(t.ctx, t.ctx.database.db, { unitId: jember, status: "in_intake", channel: "web" });
    const kept = await officer.put(`/reports/${web.id}/intake`, { ...WALK_IN, channel: "web", version: 1 });
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({ channel: "web", postId: null, version: 2 });
    const walkIn = await officer.put(`/reports/${web.id}/intake`, { ...WALK_IN, postId: post, version: 2 });
    expect(walkIn.body).toMatchObject({ channel: "web", postId: null, version: 3 });
    expect((await officer.get(`/reports/${web.id}`)).body.channel).toBe("web");
  });

  it("refuses an incident date that has not come yet and a phone that is not one, naming the field; stores nothing", async () => {
    const later = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const before = (await officer.get("/reports?status=in_intake&pageSize=1")).body.total;
    const future = await officer.post("/reports", { ...WALK_IN, unitId: jember, postId: post, incidentDate: later });
    expect(future.status).toBe(400);
    expect(future.body.error.message).toBe("Tanggal kejadian tidak boleh di masa depan.");
    expect(future.body.error.fields.map((f: { path: string }) => f.path)).toEqual(["incidentDate"]);
    const phone = await officer.post("/reports", { ...WALK_IN, unitId: jember, postId: post, victimPhone: "xyz" });
    expect(phone.status).toBe(400);
    expect(phone.body.error.fields.map((f: { path: string }) => f.path)).toEqual(["victimPhone"]);
    expect((await officer.get("/reports?status=in_intake&pageSize=1")).body.total).toBe(before);
    // As people write numbers: a landline with its area code in brackets, a mobile with dashes or dots.
    const written = await officer.post("/reports", {
      ...WALK_IN,
      unitId: jember,
      postId: post,
      victimPhone: "(0331) 487-123",
      reporterPhone: "+62 812.3456.7890",
    });
    expect(written.status).toBe(201);
  });

  it("refuses an age that contradicts the birth date, and a birth date 120 years back, naming the field; stores nothing", async () => {
    const body = { ...WALK_IN, unitId: jember, postId: post };
    const before = (await officer.get("/reports?status=in_intake&pageSize=1")).body.total;
    const contradicts = await officer.post("/reports", { ...body, victimBirthDate: "1990-06-05", victimAge: 12 });
    expect(contradicts.status).toBe(400);
    expect(contradicts.body.error.fields).toEqual([
      { path: "victimAge", message: "Usia korban tidak sesuai tanggal lahirnya: periksa salah satunya, atau kosongkan usia." },
    ]);
    const old = await officer.post("/reports", { ...body, victimBirthDate: "1800-01-01" });
    expect(old.status).toBe(400);
    expect(old.body.error.fields.map((f: { path: string }) => f.path)).toEqual(["victimBirthDate"]);
    expect((await officer.get("/reports?status=in_intake&pageSize=1")).body.total).toBe(before);
    // The age as it was a year ago (a birthday not yet counted) is no contradiction; the stored age is the birth date's.
    const born = new Date(Date.now() - 30.5 * 365.25 * 86_400_000).toISOString().slice(0, 10);
    const close = await officer.post("/reports", { ...body, victimBirthDate: born, victimAge: 29 });
    expect(close.status).toBe(201);
    expect(close.body.victimAge).toBe(30);
    // An edit is held to the same rule.
    const edit = await officer.put(`/reports/${close.body.id}/intake`, {
      ...body,
      victimBirthDate: born,
      victimAge: 45,
      version: 1,
    });
    expect(edit.status).toBe(400);
    expect(edit.body.error.fields.map((f: { path: string }) => f.path)).toEqual(["victimAge"]);
  });

  it("saving the same form again (its answer lost on the way) gives back the complaint stored, not a second one", async () => {
    const formKey = crypto.randomUUID();
    const body = { ...WALK_IN, unitId: jember, postId: post, formKey };
    const count = async () =>
      Number(
        ((await t.ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM reports`)) as unknown as { rows: { n: number }[] })
          .rows[0]?.n,
      );
    const before = await count();
    const first = await officer.post("/reports", body);
    expect(first.status).toBe(201);
    const again = await officer.post("/reports", body);
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id: first.body.id, trackingCode: first.body.trackingCode, version: 1 });
    expect(await count()).toBe(before + 1);
    // Another officer cannot use the key to reach that complaint; without a key every save is a complaint of its own.
    const colleague = await signedIn(await staff([{ role: "intake_officer", unitId: jember }]));
    const borrowed = await colleague.post("/reports", body);
    expect(borrowed.status).toBe(409);
    expect(JSON.stringify(borrowed.body)).not.toContain(first.body.id);
    const { formKey: _, ...keyless } = body;
    expect((await officer.post("/reports", keyless)).body.id).not.toBe(first.body.id);
    expect(await count()).toBe(before + 2);
  });

  it("a complaint keeps the post it was received at after that post closes; moving it to a closed post is refused", async () => {
    const db = t.ctx.database.db;
    const closing = (await makePost(db, jember, { name: "Pos Pengaduan Pasar Tanjung" })).id;
    const closed = (await makePost(db, jember, { name: "Pos Pengaduan Stadion", active: false })).id;
    const created = await officer.post("/reports", { ...WALK_IN, unitId: jember, postId: closing });
    expect(created.status).toBe(201);
    await db.execute(sql`UPDATE complaint_posts SET active = false WHERE id = ${closing}`);
    const kept = await officer.put(`/reports/${created.body.id}/intake`, { ...WALK_IN, postId: closing, version: 1 });
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({ postId: closing, version: 2 });
    const moved = await officer.put(`/reports/${created.body.id}/intake`, { ...WALK_IN, postId: closed, version: 2 });
    expect(moved.status).toBe(400);
    expect(moved.body.error.fields.map((f: { path: string }) => f.path)).toEqual(["postId"]);
    expect((await officer.post("/reports", { ...WALK_IN, unitId: jember, postId: closing })).status).toBe(400);
  });

  it("names each refused field in words, in both languages, never by its code", async () => {
    const body = { ...WALK_IN, unitId: jember, postId: post };
    const nik = await officer.post("/reports", { ...body, victimNik: "3509-0145-0690-0001" });
    expect(nik.status).toBe(400);
    expect(nik.body.error.fields).toEqual([{ path: "victimNik", message: "NIK korban format tidak sesuai" }]);
    // Grouped in fours as it is often written down, it is the same NIK.
    const grouped = await officer.post("/reports", { ...body, victimNik: " 3509 0145 0690 0001 " });
    expect(grouped.status).toBe(201);
    expect((await officer.post(`/reports/${grouped.body.id}/identity`)).body.victimNik).toBe("3509014506900001");
    const en = await signedIn(officerUser, "en");
    const long = await en.post("/reports", { ...body, chronology: "x".repeat(20_001), details: { needs: "y".repeat(4001) } });
    expect(long.status).toBe(400);
    expect(long.body.error.fields).toEqual([
      { path: "chronology", message: "Chronology allows at most 20000 characters" },
      { path: "details.needs", message: "Victim's needs allows at most 4000 characters" },
    ]);
    const age = await en.post("/reports", { ...body, victimAge: "29" });
    expect(age.body.error.fields).toEqual([{ path: "victimAge", message: "Victim's age has the wrong type" }]);
  });

  it("pasted text keeps what is visible: control characters and bidi overrides are dropped, not refused or stored", async () => {
    const created = await officer.post("/reports", {
      ...WALK_IN,
      unitId: jember,
      postId: post,
      victimDisability: true,
      victimDisabilityType: "Tuna\u0000rungu",
      chronology: "Dipukul di dapur\u000bpada malam hari \u202eoke\u202c 😢",
      details: { needs: "Rumah aman\u0007" },
    });
    expect(created.status).toBe(201);
    const identity = (await officer.post(`/reports/${created.body.id}/identity`)).body;
    expect(identity).toMatchObject({
      victimDisabilityType: "Tunarungu",
      chronology: "Dipukul di dapur\npada malam hari oke 😢",
      details: { needs: "Rumah aman" },
    });
  });

  it("region codes have the Kemendagri lengths (2/4/6) and must nest; the error names the field", async () => {
    const body = { ...WALK_IN, unitId: jember, postId: post };
    const ok = await officer.post("/reports", body);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ provinceCode: "35", regencyCode: "3509", districtCode: "350901" });
    const derived = await officer.post("/reports", { ...body, provinceCode: null, districtCode: null });
    expect(derived.body).toMatchObject({ provinceCode: "35", regencyCode: "3509", districtCode: null });

    const sevenDigits = await officer.post("/reports", { ...body, districtCode: "3509010" });
    expect(sevenDigits.status).toBe(400);
    expect(sevenDigits.body.error.fields).toEqual([{ path: "districtCode", message: "Kecamatan format tidak sesuai" }]);
    const refused = async (over: Record<string, unknown>, client = officer) => {
      const res = await client.post("/reports", { ...body, ...over });
      expect(res.status).toBe(400);
      return { path: res.body.error.fields[0].path, message: res.body.error.message };
    };
    // Pesanggaran lies in Banyuwangi (3510), not in Jember.
    expect(await refused({ districtCode: "351001" })).toEqual({
      path: "districtCode",
      message: "Kecamatan tidak dikenal atau tidak berada di kabupaten/kota yang dipilih.",
    });
    expect(await refused({ districtCode: "350999" })).toMatchObject({ path: "districtCode" });
    expect(await refused({ regencyCode: null })).toMatchObject({ path: "districtCode" });
    expect(await refused({ regencyCode: "3578", districtCode: null, provinceCode: "31" })).toEqual({
      path: "regencyCode",
      message: "Kabupaten/kota tidak dikenal atau tidak berada di provinsi yang dipilih.",
    });
    expect(await refused({ provinceCode: null, regencyCode: "9999", districtCode: null })).toMatchObject({
      path: "regencyCode",
    });
    expect(await refused({ provinceCode: "99" })).toMatchObject({ path: "provinceCode" });
    const en = await signedIn(officerUser, "en");
    expect(await refused({ districtCode: "351001" }, en)).toEqual({
      path: "districtCode",
      message: "The district is unknown or not in the chosen regency/city.",
    });
    const created = ok.body.id as string;
    expect((await officer.put(`/reports/${created}/intake`, { ...body, districtCode: "357803", version: 1 })).status).toBe(400);
    expect((await officer.get(`/reports/${created}`)).body).toMatchObject({ districtCode: "350901", version: 1 });
  });

  it("serves the region list to the console: provinces, a province's regencies/cities, a regency's districts", async () => {
    const provinces = await officer.get("/regions");
    expect(provinces.status).toBe(200);
    expect(provinces.body.regions).toHaveLength(38);
    expect(provinces.body.regions).toContainEqual({ code: "35", name: "Jawa Timur" });
    const regencies = (await officer.get("/regions?parent=35")).body.regions;
    expect(regencies).toContainEqual({ code: "3509", name: "Kabupaten Jember" });
    expect(regencies.every((r: { code: string }) => /^35\d{2}$/.test(r.code))).toBe(true);
    const districts = (await officer.get("/regions?parent=3509")).body.regions;
    expect(districts).toContainEqual({ code: "350901", name: "Jombang" });
    expect(districts.every((r: { code: string }) => /^3509\d{2}$/.test(r.code))).toBe(true);
    expect((await officer.get("/regions?parent=9999")).body.regions).toEqual([]);
    for (const bad of ["3", "350901", "35'--"]) {
      const res = await officer.get(`/regions?parent=${encodeURIComponent(bad)}`);
      expect(res.status).toBe(400);
      expect(res.body.error.fields[0].path).toBe("parent");
    }
  });

  it("submitting needs the risk level and the required intake fields", async () => {
    const r = await makeReport(t.ctx, t.ctx.database.db, { unitId: jember, status: "in_intake" });
    const res = await officer.post(`/reports/${r.id}/submit`);
    expect(res.status).toBe(422);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(["riskLevel", "details.needs"]),
    );
    expect(
      (await officer.post(`/reports/${(await makeReport(t.ctx, t.ctx.database.db, { unitId: jember })).id}/submit`)).status,
    ).toBe(409);
  });

  it("a case manager, a data-team user and an anonymous caller are refused every intake endpoint", async () => {
    const r = await makeReport(t.ctx, t.ctx.database.db, { unitId: jember });
    const cm = await signedIn(await staff([{ role: "case_manager", unitId: jember }]));
    const dt = await signedIn(await staff([{ role: "data_team", unitId: jember }]));
    const anon = new Client(t.app);
    const calls: [string, string, unknown?][] = [
      ["GET", "/reports"],
      ["GET", `/reports/lookup?code=${r.trackingCode}`],
      ["POST", "/reports", { ...WALK_IN, unitId: jember, postId: post }],
      ["GET", `/reports/${r.id}`],
      ["POST", `/reports/${r.id}/identity`, {}],
      ["PUT", `/reports/${r.id}/intake`, { ...WALK_IN, postId: post, version: 1 }],
      ["GET", `/reports/${r.id}/contact-attempts`],
      ["POST", `/reports/${r.id}/contact-attempts`, { method: "phone", outcome: "reached" }],
      ["GET", `/reports/${r.id}/messages`],
      ["POST", `/reports/${r.id}/messages`, { body: "Halo" }],
      ["GET", `/reports/${r.id}/possible-duplicates`],
      ["POST", `/reports/${r.id}/accept`, {}],
      ["POST", `/reports/${r.id}/duplicate`, { duplicateOfId: r.id }],
      ["POST", `/reports/${r.id}/not-a-case`, { reason: "prank" }],
      ["PUT", `/reports/${r.id}/risk`, { riskLevel: "low" }],
      ["POST", `/reports/${r.id}/submit`, {}],
      ["GET", "/events"],
    ];
    for (const [method, path, body] of calls) {
      for (const [who, client, status] of [
        ["case manager", cm, 403],
        ["data team", dt, 403],
        ["anonymous", anon, 401],
      ] as const) {
        const res = await client.request(method as "GET", path, body, path === "/events" ? { accept: "text/event-stream" } : {});
        expect(res.status, `${who} ${method} ${path}`).toBe(status);
      }
    }
    expect((await audits(r.id)).map((a) => a.action)).toEqual(["report.submitted"]);
  });
});
