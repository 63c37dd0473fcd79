// What a complaint's officers, its reporter and strangers can reach: crossed credentials, evidence that could run as a
// page, sealed values in API answers, duplicate hints across units.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit, makeUser } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { Client } from "../helpers/client.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const FORM = { "content-type": "application/x-www-form-urlencoded" };
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Every key of a JSON answer, at any depth. */
function keysOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) keysOf(v, out);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      keysOf(v, out);
    }
  return out;
}

describe.each(DATABASES)("report privacy on %s", (kind) => {
  let t: TestApp;
  let jember: string;
  let surabaya: string;
  let officer: Client;
  let outsider: Client;

  const post = (url: string, form: Record<string, string>) =>
    t.app.inject({ method: "POST", url, headers: FORM, payload: new URLSearchParams(form).toString() });
  const proofOf = (html: string) => /name="proof" value="([^"]+)"/.exec(html)?.[1] ?? "";

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.ctx.database.db;
    jember = (await makeUnit(db)).id;
    surabaya = (await makeUnit(db, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" })).id;
    const signedIn = async (unitId: string) => {
      const u = await makeUser(t.ctx, db, { roles: [{ role: "intake_officer", unitId }] });
      const c = new Client(t.app);
      expect((await c.signIn(u.username, u.password)).status).toBe(200);
      return c;
    };
    officer = await signedIn(jember);
    outsider = await signedIn(surabaya);
  });
  afterAll(() => t.close());

  it("a report's code with another report's PIN opens nothing; a proof of one report posts nothing into another's thread", async () => {
    const a = await makeReport(t.ctx, t.ctx.database.db, { unitId: jember });
    const b = await makeReport(t.ctx, t.ctx.database.db, { unitId: jember });
    const crossed = await post("/lapor/status", { trackingCode: a.trackingCode, pin: b.pin as string });
    expect(crossed.statusCode).toBe(400);
    expect(crossed.body).not.toContain('id="stage"');
    const opened = await post("/lapor/status", { trackingCode: a.trackingCode, pin: a.pin as string });
    expect(opened.statusCode).toBe(200);
    const proofA = proofOf(opened.body);
    const into = await post("/lapor/status/reply", {
      trackingCode: b.trackingCode,
      proof: proofA,
      body: "Pesan untuk laporan lain",
    });
    expect(into.statusCode).toBe(400);
    expect(into.body).not.toContain('id="stage"');
    expect((await officer.get(`/reports/${b.id}/messages`)).body).toEqual([]);
  });

  it("an uploaded page or drawing never runs in the console's origin: SVG and HTML refused, a PNG-headed page downloads as a PNG", async () => {
    const walkIn = (await makeReport(t.ctx, t.ctx.database.db, { unitId: jember, status: "in_intake" })).id;
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    const html = Buffer.from("<!doctype html><script>alert(document.cookie)</script>");
    for (const [fileName, bytes] of [
      ["gambar.svg", svg],
      ["surat.html", html],
    ] as const) {
      const res = await officer.post(`/reports/${walkIn}/evidence`, { fileName, contentBase64: bytes.toString("base64") });
      expect(res.status).toBe(400);
    }
    const polyglot = Buffer.concat([PNG_MAGIC, html]);
    const stored = await officer.post(`/reports/${walkIn}/evidence`, {
      fileName: "foto.html",
      contentBase64: polyglot.toString("base64"),
    });
    expect(stored.status).toBe(201);
    const file = await officer.get(`/reports/${walkIn}/evidence/${stored.body.id}`);
    expect(file.status).toBe(200);
    expect(file.headers["content-type"]).toBe("image/png");
    expect(file.headers["content-disposition"]).toMatch(/^attachment; filename="bukti-[0-9a-f]{8}\.png"$/);
    expect(file.headers["x-content-type-options"]).toBe("nosniff");
    expect(file.headers["cache-control"]).toBe("no-store");
    expect(String(file.headers["content-security-policy"])).toContain("default-src 'self'");
  });

  it("the intake answers carry no sealed value, blind index or hash, and no name outside the audited reveal", async () => {
    const name = "Rukmini Sasmita";
    const phone = "0813-2468-1357";
    const id = (await makeReport(t.ctx, t.ctx.database.db, { unitId: jember, victimName: name, victimPhone: phone })).id;
    await makeReport(t.ctx, t.ctx.database.db, { unitId: jember, victimName: name, victimPhone: phone });
    const link = await officer.post(`/reports/${id}/verification-links`, { channel: "manual" });
    expect(link.status).toBe(201);
    const answers = [
      await officer.get("/reports"),
      await officer.get(`/reports/${id}`),
      await officer.get(`/reports/${id}/possible-duplicates`),
      await officer.get(`/reports/${id}/verification-links`),
      await officer.get(`/reports/${id}/messages`),
      await officer.get(`/reports/${id}/contact-attempts`),
      await officer.get(`/reports/${id}/outreach-visits`),
    ];
    for (const res of answers) {
      expect(res.status).toBe(200);
      const keys = keysOf(res.body);
      expect(keys.filter((k) => /enc$|bidx|hash|pin|token|proof/i.test(k))).toEqual([]);
      expect(JSON.stringify(res.body)).not.toContain("Rukmini");
      expect(JSON.stringify(res.body)).not.toContain("2468");
    }
    expect(answers[2]?.body.length).toBeGreaterThan(0);
  });

  it("duplicate hints never show another unit's complaints, even with the same phone, NIK, name and birth date", async () => {
    const same = {
      victimName: "Nur Aisyah Putri",
      victimPhone: "0812-7777-8888",
      victimNik: "3509015505950001",
      victimBirthDate: "1995-05-15",
    };
    const theirs = await makeReport(t.ctx, t.ctx.database.db, { unitId: jember, ...same });
    const mine = await makeReport(t.ctx, t.ctx.database.db, { unitId: surabaya, regencyCode: "3578", ...same });
    const hints = await outsider.get(`/reports/${mine.id}/possible-duplicates`);
    expect(hints.status).toBe(200);
    expect(hints.body).toEqual([]);
    expect(JSON.stringify(hints.body)).not.toContain(theirs.trackingCode);
    // The same facts within one unit are found.
    const twin = await makeReport(t.ctx, t.ctx.database.db, { unitId: surabaya, regencyCode: "3578", ...same });
    const found = await outsider.get(`/reports/${mine.id}/possible-duplicates`);
    expect(found.body.map((c: { id: string }) => c.id)).toEqual([twin.id]);
  });
});
