// A reporter's reply reaches an officer whatever the complaint's status: counted unread, kept in the open queue (even
// closed as a duplicate) until an officer reads the thread, then marked read and out of the queue again.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit, makeUser } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { Client } from "../helpers/client.js";
import { multipartBody, urlencoded } from "../helpers/report-form.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const rows = <T = Record<string, unknown>>(r: unknown) => (r as { rows: T[] }).rows;

describe.each(DATABASES)("reporter replies on %s", (kind) => {
  let t: TestApp;
  let unitId: string;
  let officer: Client;

  const post = (url: string, form: Record<string, string>) =>
    t.app.inject({
      method: "POST",
      url,
      payload: urlencoded(form),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
  /** The reporter opens /lapor/status with code and PIN and replies. */
  const reply = async (report: { trackingCode: string; pin: string | null }, body: string) => {
    const opened = await post("/lapor/status", { trackingCode: report.trackingCode, pin: report.pin ?? "" });
    expect(opened.statusCode).toBe(200);
    const proof = /name="proof" value="([^"]+)"/.exec(opened.body)?.[1] ?? "";
    const sent = await post("/lapor/status/reply", { trackingCode: report.trackingCode, proof, body });
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain("Balasan terkirim.");
  };
  const openQueue = async () => {
    const res = await officer.get("/reports");
    expect(res.status).toBe(200);
    return res.body.items as { id: string; status: string; unreadReplies: number }[];
  };
  const unread = async (id: string) =>
    rows<{ n: number; m: number }>(
      await t.ctx.database.db.execute(
        sql`SELECT r.unread_replies AS n,
                   (SELECT count(*)::int FROM report_messages WHERE report_id = r.id AND direction = 'from_reporter'
                      AND read_at IS NULL) AS m
              FROM reports r WHERE r.id = ${id}`,
      ),
    )[0];

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.ctx.database.db;
    unitId = (await makeUnit(db)).id;
    const user = await makeUser(t.ctx, db, { roles: [{ role: "intake_officer", unitId }] });
    officer = new Client(t.app);
    expect((await officer.signIn(user.username, user.password)).status).toBe(200);
  });
  afterAll(() => t.close());

  it("a reply to a complaint closed as a duplicate brings it back to the open queue until an officer reads it", async () => {
    const db = t.ctx.database.db;
    const original = await makeReport(t.ctx, db, { unitId });
    const again = await makeReport(t.ctx, db, { unitId });
    const closed = await officer.post(`/reports/${again.id}/duplicate`, { duplicateOfId: original.id, version: 1 });
    expect(closed.status).toBe(200);
    expect((await openQueue()).map((i) => i.id)).not.toContain(again.id);

    await reply(again, "Tolong, pelaku tahu saya melapor!");
    await reply(again, "Anak dibawa pergi ke Banyuwangi.");
    expect(await unread(again.id)).toEqual({ n: 2, m: 2 });
    const queued = (await openQueue()).find((i) => i.id === again.id);
    expect(queued).toMatchObject({ status: "duplicate", unreadReplies: 2 });
    // Filtered by a status, the queue shows that status only.
    expect((await officer.get("/reports?status=received")).body.items.map((i: { id: string }) => i.id)).not.toContain(again.id);

    const thread = await officer.get(`/reports/${again.id}/messages`);
    expect(thread.status).toBe(200);
    expect(thread.body.map((m: { body: string }) => m.body)).toEqual([
      "Tolong, pelaku tahu saya melapor!",
      "Anak dibawa pergi ke Banyuwangi.",
    ]);
    expect(await unread(again.id)).toEqual({ n: 0, m: 0 });
    expect((await openQueue()).map((i) => i.id)).not.toContain(again.id);
    expect((await officer.get(`/reports/${again.id}`)).body).toMatchObject({ status: "duplicate", unreadReplies: 0 });
  });

  it("the same text sent twice (a double tap, a resent page) is stored once, even at the same moment; a new text is a new reply", async () => {
    const report = await makeReport(t.ctx, t.ctx.database.db, { unitId });
    await reply(report, "Tolong telepon saya.");
    await reply(report, "Tolong telepon saya.");
    await Promise.all([reply(report, "Sekarang juga."), reply(report, "Sekarang juga.")]);
    await reply(report, "Tolong telepon saya.");
    const thread = await officer.get(`/reports/${report.id}/messages`);
    expect(thread.body.map((m: { body: string }) => m.body)).toEqual([
      "Tolong telepon saya.",
      "Sekarang juga.",
      "Tolong telepon saya.",
    ]);
  });

  it("a reply with files sent twice is stored once; other files or the same files in another reply are new", async () => {
    const report = await makeReport(t.ctx, t.ctx.database.db, { unitId });
    const opened = await post("/lapor/status", { trackingCode: report.trackingCode, pin: report.pin ?? "" });
    const proof = /name="proof" value="([^"]+)"/.exec(opened.body)?.[1] ?? "";
    const png = (fill: number, size = 3000) =>
      Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), Buffer.alloc(size - 8, fill)]);
    const send = async (body: string, files: Buffer[]) => {
      const { payload, headers } = multipartBody(
        { trackingCode: report.trackingCode, proof, body },
        files.map((bytes, i) => ({ name: `foto-${i}.png`, bytes, type: "image/png" })),
      );
      const res = await t.app.inject({ method: "POST", url: "/lapor/status/reply", payload, headers });
      expect(res.statusCode).toBe(200);
    };
    const counts = async () =>
      rows<{ messages: number; files: number }>(
        await t.ctx.database.db.execute(
          sql`SELECT (SELECT count(*)::int FROM report_messages WHERE report_id = ${report.id}) AS messages,
                     (SELECT count(*)::int FROM report_evidence WHERE report_id = ${report.id}) AS files`,
        ),
      )[0];
    const base = await counts();
    await send("Ini fotonya.", [png(1), png(2)]);
    // Resent (the page sent again): the same text and the same files, in another order too.
    await send("Ini fotonya.", [png(1), png(2)]);
    await send("Ini fotonya.", [png(2), png(1)]);
    expect(await counts()).toEqual({ messages: (base?.messages ?? 0) + 1, files: (base?.files ?? 0) + 2 });
    // The same size but other bytes, one file fewer, or no file at all: each a new reply.
    await send("Ini fotonya.", [png(1), png(3)]);
    await send("Ini fotonya.", [png(1)]);
    await send("Ini fotonya.", []);
    expect(await counts()).toEqual({ messages: (base?.messages ?? 0) + 4, files: (base?.files ?? 0) + 5 });
  });

  it("an open complaint shows its unread replies in the queue; another unit's officer can neither read nor clear them", async () => {
    const db = t.ctx.database.db;
    const report = await makeReport(t.ctx, db, { unitId });
    await reply(report, "Saya bisa ditelepon sore ini.");
    expect((await openQueue()).find((i) => i.id === report.id)?.unreadReplies).toBe(1);
    const elsewhere = (await makeUnit(db, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" })).id;
    const stranger = await makeUser(t.ctx, db, { roles: [{ role: "intake_officer", unitId: elsewhere }] });
    const other = new Client(t.app);
    expect((await other.signIn(stranger.username, stranger.password)).status).toBe(200);
    expect((await other.get(`/reports/${report.id}/messages`)).status).toBe(404);
    expect(await unread(report.id)).toEqual({ n: 1, m: 1 });
  });
});
