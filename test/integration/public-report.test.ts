// The public report (/lapor) end to end over HTTP: sealing, routing, idempotency, evidence, status page, limits, headers, budget.
import zlib from "node:zlib";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit, makeUser } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { unseal } from "../../src/modules/reports/identity.js";
import { Client } from "../helpers/client.js";
import { WALK_IN } from "../helpers/intake-body.js";
import { whileRefusing } from "../helpers/refuse-writes.js";
import { baseForm, multipartBody, urlencoded } from "../helpers/report-form.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const rows = <T = Record<string, unknown>>(r: unknown) => (r as { rows: T[] }).rows;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);

describe.each(DATABASES)("public report on %s", (kind) => {
  let t: TestApp;
  let regencyUnit: string;
  let provinceUnit: string;

  const getForm = async (lang = "") => {
    const res = await t.app.inject({ method: "GET", url: `/lapor${lang}` });
    return { res, key: /name="idempotencyKey" value="([^"]+)"/.exec(res.body)?.[1] ?? "" };
  };
  const post = (url: string, form: Record<string, string | string[]>) =>
    t.app.inject({
      method: "POST",
      url,
      payload: urlencoded(form),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
  const codeOf = (html: string) => /id="tracking-code">([^<]+)</.exec(html)?.[1] ?? "";
  const pinOf = (html: string) => /id="pin">(\d{6})</.exec(html)?.[1] ?? "";
  const reportByCode = async (code: string) =>
    rows<Record<string, unknown>>(await t.ctx.database.db.execute(sql`SELECT * FROM reports WHERE tracking_code = ${code}`))[0];
  const count = async (table: "reports" | "report_evidence" | "report_messages") =>
    Number(rows<{ n: number }>(await t.ctx.database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`)))[0]?.n);
  const submit = async (over: Record<string, string | string[]> = {}) => {
    const { key } = await getForm();
    const res = await post("/lapor", baseForm(key, over));
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(200);
    return { res, key, code: codeOf(res.body), pin: pinOf(res.body) };
  };

  beforeAll(async () => {
    // Every request comes from one address: the limit (public-report-limit.test.ts) is raised above this file's sends.
    t = await startTestApp(kind, { evidenceMaxBytes: 64 * 1024, reportSubmitsPerHour: 100 });
    const db = t.ctx.database.db;
    regencyUnit = (await makeUnit(db)).id;
    provinceUnit = (await makeUnit(db, { name: "UPTD PPA Provinsi Jawa Timur", kind: "province", regionCode: "35" })).id;
  });
  afterAll(() => t.close());

  it("serves a safe form: no-store, no cookie, no referrer, CSP, neutral title, quick exit, emergency numbers", async () => {
    const { res, key } = await getForm();
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.headers["set-cookie"]).toBeUndefined();
    expect(res.headers["referrer-policy"]).toBe("no-referrer");
    expect(String(res.headers["content-security-policy"])).toContain("default-src 'self'");
    expect(/<title>([^<]*)<\/title>/.exec(res.body)?.[1]).toBe("Formulir");
    expect(res.body).toContain('id="quick-exit"');
    expect(res.body).toContain("location.replace");
    expect(res.body).toContain('href="tel:112"');
    expect(res.body).toContain('href="tel:129"');
    expect(res.body.indexOf("tel:112")).toBeLessThan(res.body.indexOf('name="inDanger"'));
    expect(res.body).toContain('enctype="multipart/form-data"');
    expect(key).toMatch(/^[\w-]{22}\.[\w-]{43}$/);
    for (const id of ["victimName", "chronology", "reporterPhone", "provinceCode", "evidence"]) {
      expect(res.body).toMatch(new RegExp(`<label for="${id}">`));
    }
    expect(res.body).not.toMatch(/localStorage|sessionStorage|document\.cookie/);
    // Danger first, then the kind of report (the victim a woman or a child) in its own section, then the reporter.
    const legends = [...res.body.matchAll(/<legend>([^<]*)<\/legend>/g)].map((m) => m[1]);
    expect(legends.slice(0, 3)).toEqual(["Keadaan sekarang", "Jenis laporan", "Tentang Anda (pelapor)"]);
    const categorySection = res.body.slice(res.body.indexOf("Jenis laporan"), res.body.indexOf("Tentang Anda (pelapor)"));
    expect(categorySection).toContain('name="category"');
    expect(categorySection).not.toContain('name="reporterRelation"');
  });

  it("switches to English by ?lang=en, without a cookie", async () => {
    const { res } = await getForm("?lang=en");
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain("Is someone in danger right now?");
    expect(res.body).toContain("<title>Form</title>");
    expect(res.headers["set-cookie"]).toBeUndefined();
    expect((await getForm()).res.body).toContain('href="/lapor?lang=en"');
  });

  it("stores a report sealed, routed to the regency unit, audited and announced, with a code and PIN", async () => {
    const { res, code, pin } = await submit();
    expect(res.headers["set-cookie"]).toBeUndefined();
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(code).toMatch(/^TDH-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(pin).toMatch(/^\d{6}$/);
    const row = await reportByCode(code);
    expect(row).toBeDefined();
    const r = row as Record<string, string | null>;
    expect(r.unit_id).toBe(regencyUnit);
    expect(r.status).toBe("received");
    expect(r.channel).toBe("web");
    expect(r.district_code).toBe("350901");
    // Identity is only ever in sealed envelopes or keyed hashes; the plain columns (random tokens and times left out,
    // where "Dewi" or six digits can turn up by chance) never hold it.
    const sealed = Object.entries(r).filter(([k]) => k.endsWith("_enc"));
    for (const [, v] of sealed) if (v !== null) expect(v).toMatch(/^v1\.[0-9a-f]{8}\.[\w-]+\.[\w-]+\.[\w-]+$/);
    const random = /(_enc|_bidx)$|^(id|pin_hash|idempotency_key|tracking_code|created_at|updated_at)$/;
    const plain = JSON.stringify(Object.entries(r).filter(([k]) => !random.test(k)));
    expect(plain).not.toContain("Dewi");
    expect(plain).not.toContain("Rahmat");
    expect(plain).not.toContain(pin);
    expect(unseal(t.ctx.cipher, "victim_name", r.victim_name_enc)).toBe("Dewi Lestari");
    expect(unseal(t.ctx.cipher, "chronology", r.chronology_enc)).toBe("Anak sering dipukul di rumah.");
    const audit = rows(await t.ctx.database.db.execute(sql`SELECT action FROM audit_events WHERE target_id = ${r.id}`));
    expect(audit.map((a) => a.action)).toContain("report.submitted");
  });

  it("stores typed text without invisible control characters or bidi overrides, and a name of nothing else is refused", async () => {
    const { code } = await submit({
      victimName: "Dewi\u202e Lestari\u0000",
      chronology: "Baris satu\u000bbaris dua\u2066 dan\u0007 tiga.",
      reporterName: "\u200fRahmat\u0085",
    });
    const r = (await reportByCode(code)) as Record<string, string | null>;
    expect(unseal(t.ctx.cipher, "victim_name", r.victim_name_enc)).toBe("Dewi Lestari");
    expect(unseal(t.ctx.cipher, "chronology", r.chronology_enc)).toBe("Baris satu\nbaris dua dan tiga.");
    expect(unseal(t.ctx.cipher, "reporter_name", r.reporter_name_enc)).toBe("\u200fRahmat");
    const before = await count("reports");
    const { key } = await getForm();
    const res = await post("/lapor", baseForm(key, { victimName: "\u202e\u0000 " }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id="victimName-error"');
    expect(await count("reports")).toBe(before);
  });

  it("routes to the province unit when the regency has none", async () => {
    const { code } = await submit({ regencyCode: "3510", districtCode: "" });
    expect((await reportByCode(code))?.unit_id).toBe(provinceUnit);
  });

  it("shows the emergency numbers first on the confirmation when someone is in danger", async () => {
    const { res } = await submit({ inDanger: "yes" });
    const body = res.body;
    expect(body.indexOf("tel:112")).toBeLessThan(body.indexOf('id="tracking-code"'));
    expect(body).toContain('class="sos big"');
  });

  it("puts the emergency numbers first, big, on every page of the form while 'in danger now' is chosen", async () => {
    const { key } = await getForm();
    const before = await count("reports");
    // Without JavaScript the region step is the first new page the reporter sees; then a form sent with a gap.
    const step = await post("/lapor", { idempotencyKey: key, step: "region", inDanger: "yes", provinceCode: "35" });
    const invalid = await post("/lapor", baseForm(key, { inDanger: "yes", victimName: "" }));
    expect([step.statusCode, invalid.statusCode]).toEqual([200, 400]);
    for (const res of [step, invalid]) {
      expect(res.body).toContain('class="sos big" id="sos" role="alert"');
      expect(res.body.indexOf("tel:112")).toBeLessThan(res.body.indexOf("<form"));
    }
    const calm = await post("/lapor", { idempotencyKey: key, step: "region", inDanger: "no", provinceCode: "35" });
    expect(calm.body).toContain('class="sos" id="sos" role="note"');
    expect(await count("reports")).toBe(before);
  });

  it("makes one report for a replayed form and shows the same code and PIN", async () => {
    const { key } = await getForm();
    const before = await count("reports");
    const first = await post("/lapor", baseForm(key));
    const second = await post("/lapor", baseForm(key));
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(await count("reports")).toBe(before + 1);
    expect(codeOf(second.body)).toBe(codeOf(first.body));
    expect(pinOf(second.body)).toBe(pinOf(first.body));
  });

  it("shows only the code, not the PIN, when a form is replayed over half an hour later", async () => {
    const { key } = await getForm();
    const first = await post("/lapor", baseForm(key));
    const code = codeOf(first.body);
    await t.ctx.database.db.execute(
      sql`UPDATE reports SET created_at = now() - interval '31 minutes' WHERE tracking_code = ${code}`,
    );
    const late = await post("/lapor", baseForm(key));
    expect(late.statusCode).toBe(200);
    expect(codeOf(late.body)).toBe(code);
    expect(pinOf(late.body)).toBe("");
    expect(late.body).toContain("PIN sudah ditampilkan");
  });

  it("refuses a forged or garbled form key with a clear page and stores nothing", async () => {
    const { key } = await getForm();
    const before = await count("reports");
    for (const bad of ["", "abc", `${key.slice(0, -1)}A`, `${"A".repeat(22)}.${"B".repeat(43)}`]) {
      const res = await post(
        "/lapor",
        baseForm(bad === `${key.slice(0, -1)}A` && key.endsWith("A") ? `${key.slice(0, -1)}B` : bad),
      );
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain("Formulir tidak berlaku");
    }
    expect(await count("reports")).toBe(before);
  });

  it("re-renders the form with values and named errors, and stores nothing", async () => {
    const { key } = await getForm();
    const before = await count("reports");
    const res = await post(
      "/lapor",
      baseForm(key, {
        victimName: "",
        violenceTypes: [],
        regencyCode: "3101",
        victimAge: "30",
        chronology: "<script>alert(1)</script>",
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id="errors"');
    expect(res.body).toContain('href="#victimName"');
    expect(res.body).toContain('aria-describedby="victimName-error" aria-invalid="true"');
    expect(res.body).toContain("Nama atau inisial korban: wajib diisi.");
    expect(res.body).toContain('href="#regencyCode"');
    expect(res.body).toContain('href="#category"');
    expect(res.body).toContain("Rahmat Tetangga");
    expect(res.body).not.toContain("<script>alert(1)");
    expect(res.body).toContain("&lt;script&gt;alert(1)");
    expect(await count("reports")).toBe(before);
  });

  it("says an age of 140 is out of range, not too long, and a 3,000-character name is too long", async () => {
    const { key } = await getForm();
    const before = await count("reports");
    const res = await post("/lapor", baseForm(key, { victimAge: "140", victimName: "a".repeat(3000) }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Umur (tahun): isi angka 0 sampai 120.");
    expect(res.body).toContain("Nama atau inisial korban: terlalu panjang.");
    expect(await count("reports")).toBe(before);
  });

  it("names a date that has not come yet, and an age that does not match the birth date; today in WIB is fine", async () => {
    const { key } = await getForm();
    const before = await count("reports");
    const later = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const future = await post("/lapor", baseForm(key, { incidentDate: later, victimBirthDate: later }));
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain("Tanggal kejadian: tanggal ini belum terjadi.");
    expect(future.body).toContain("Atau tanggal lahir: tanggal ini belum terjadi.");
    const apart = await post("/lapor", baseForm(key, { victimAge: "9", victimBirthDate: "2010-05-05" }));
    expect(apart.statusCode).toBe(400);
    expect(apart.body).toContain("Umur (tahun): tidak sesuai dengan tanggal lahir korban.");
    const old = await post("/lapor", baseForm(key, { victimAge: "", victimBirthDate: "1800-01-01", category: "woman" }));
    expect(old.body).toContain("Atau tanggal lahir: periksa kembali isian ini.");
    expect(await count("reports")).toBe(before);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect((await post("/lapor", baseForm(key, { incidentDate: today }))).statusCode).toBe(200);
    expect(await count("reports")).toBe(before + 1);
  });

  it("gives the form back as sent when the report cannot be stored; sending it again stores it once", async () => {
    const { key } = await getForm();
    const before = await count("reports");
    const form = baseForm(key, { inDanger: "yes", chronology: "Anak sering dipukul & dikunci di kamar." });
    // The database refuses every new report, as it does when it fails under the batch.
    const failed = await whileRefusing(t.ctx.database.db, "reports", "chronology_enc IS NULL", () => post("/lapor", form));
    expect(failed.statusCode).toBe(503);
    expect(failed.headers["cache-control"]).toBe("no-store");
    expect(failed.body).toContain("Laporan Anda belum terkirim");
    expect(failed.body).toContain(`name="idempotencyKey" value="${key}"`);
    expect(failed.body).toContain("Rahmat Tetangga");
    expect(failed.body).toContain("Anak sering dipukul &amp; dikunci di kamar.");
    expect(failed.body).toContain('class="sos big"');
    expect(codeOf(failed.body)).toBe("");
    expect(await count("reports")).toBe(before);

    const again = await post("/lapor", form);
    expect(again.statusCode).toBe(200);
    expect(codeOf(again.body)).not.toBe("");
    expect(await count("reports")).toBe(before + 1);
    expect(await post("/lapor", form).then((r) => codeOf(r.body))).toBe(codeOf(again.body));
    expect(await count("reports")).toBe(before + 1);
  });

  it("answers 1 MB of text with a clean 413 page", async () => {
    const { key } = await getForm();
    const res = await post("/lapor", baseForm(key, { chronology: "x".repeat(1024 * 1024) }));
    expect(res.statusCode).toBe(413);
    expect(res.headers["content-type"]).toContain("text/html");
    expect(res.headers["set-cookie"]).toBeUndefined();
  });

  it("stores evidence encrypted, and refuses a wrong type or an oversized file", async () => {
    const { key } = await getForm();
    const ok = multipartBody(baseForm(key), [{ name: "foto.png", bytes: PNG, type: "image/png" }]);
    const res = await t.app.inject({ method: "POST", url: "/lapor", ...ok });
    expect(res.statusCode, res.body.slice(0, 1500)).toBe(200);
    const report = await reportByCode(codeOf(res.body));
    const ev = rows<Record<string, string | number>>(
      await t.ctx.database.db.execute(sql`SELECT * FROM report_evidence WHERE report_id = ${String(report?.id)}`),
    );
    expect(ev).toHaveLength(1);
    expect(ev[0]?.mime_type).toBe("image/png");
    expect(String(ev[0]?.content_enc)).not.toContain(PNG.toString("base64").slice(0, 20));
    expect(Buffer.from(unseal(t.ctx.cipher, "evidence_content", String(ev[0]?.content_enc)), "base64").equals(PNG)).toBe(true);
    expect(unseal(t.ctx.cipher, "evidence_name", String(ev[0]?.file_name_enc))).toBe("foto.png");

    const before = await count("reports");
    const evBefore = await count("report_evidence");
    const fake = multipartBody(baseForm((await getForm()).key), [
      { name: "x.png", bytes: Buffer.from("MZ this is an exe"), type: "image/png" },
    ]);
    const wrong = await t.app.inject({ method: "POST", url: "/lapor", ...fake });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('id="evidence-error"');
    const big = multipartBody(baseForm((await getForm()).key), [
      { name: "big.png", bytes: Buffer.concat([PNG, Buffer.alloc(70 * 1024)]), type: "image/png" },
    ]);
    const tooBig = await t.app.inject({ method: "POST", url: "/lapor", ...big });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.body).toContain("berkas terlalu besar");
    // A good photo with a form refused for another field: the file input comes back empty, and the page says so.
    const other = multipartBody(baseForm((await getForm()).key, { victimName: "" }), [
      { name: "foto.png", bytes: PNG, type: "image/png" },
    ]);
    const refused = await t.app.inject({ method: "POST", url: "/lapor", ...other });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain(
      '<p class="err" id="files-again">Berkas yang Anda lampirkan belum tersimpan: pilih lagi sebelum mengirim.</p>',
    );
    expect(wrong.body).not.toContain('id="files-again"');
    // Five photos where three are allowed, without JavaScript: the form comes back as typed, saying how many.
    const five = multipartBody(
      baseForm((await getForm()).key, { victimName: "Anak Lima Foto" }),
      [1, 2, 3, 4, 5].map((n) => ({ name: `foto-${n}.png`, bytes: PNG, type: "image/png" })),
    );
    const many = await t.app.inject({ method: "POST", url: "/lapor", ...five });
    expect(many.statusCode).toBe(400);
    expect(many.body).toContain("terlalu banyak berkas");
    expect(many.body).toContain('value="Anak Lima Foto"');
    expect(await count("reports")).toBe(before);
    expect(await count("report_evidence")).toBe(evBefore);
  });

  it("lets the reporter see the stage and the unit's messages, reply, and marks messages read", async () => {
    const { code, pin } = await submit();
    const report = (await reportByCode(code)) as { id: string };
    await t.ctx.database.db.execute(
      sql`INSERT INTO report_messages (report_id, direction, body_enc) VALUES (${report.id}, 'to_reporter', ${t.ctx.cipher.encrypt("Kapan aman ditelepon?", "reports.message")})`,
    );
    const res = await post("/lapor/status", { trackingCode: code.toLowerCase(), pin });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<strong id="stage">Diterima</strong>');
    expect(res.body).toContain("Kapan aman ditelepon?");
    // Its time in the unit's zone, saying which (the reporter may live in another).
    expect(res.body).toMatch(/<p class="note">Petugas · \d{1,2} \w{3} \d{4}, \d{2}\.\d{2} WIB<\/p>/);
    expect(res.body).not.toContain("Dewi");
    expect(res.headers["set-cookie"]).toBeUndefined();
    const read = rows(await t.ctx.database.db.execute(sql`SELECT read_at FROM report_messages WHERE report_id = ${report.id}`));
    expect(read[0]?.read_at).not.toBeNull();
    const proof = /name="proof" value="([^"]+)"/.exec(res.body)?.[1] ?? "";
    const replied = await post("/lapor/status/reply", { trackingCode: code, proof, body: "Sore hari aman." });
    expect(replied.statusCode).toBe(200);
    expect(replied.body).toContain("Sore hari aman.");
    const msgs = rows<{ direction: string; body_enc: string }>(
      await t.ctx.database.db.execute(
        sql`SELECT direction, body_enc FROM report_messages WHERE report_id = ${report.id} ORDER BY created_at`,
      ),
    );
    expect(msgs.map((m) => m.direction)).toEqual(["to_reporter", "from_reporter"]);
    expect(msgs[1]?.body_enc).not.toContain("Sore");
    const forged = await post("/lapor/status/reply", {
      trackingCode: code,
      proof: `${Date.now() + 60_000}.${"A".repeat(43)}`,
      body: "x",
    });
    expect(forged.statusCode).toBe(400);
    expect(await count("report_messages")).toBeGreaterThanOrEqual(2);
    // Empty or too long: the reply form again, still open with the PIN, with what was written and why; nothing stored.
    const stored = await count("report_messages");
    const empty = await post("/lapor/status/reply", { trackingCode: code, proof, body: "   " });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain("Balas: wajib diisi.");
    expect(empty.body).toContain('aria-describedby="body-error"');
    expect(empty.body).toContain(`name="proof" value="${proof}"`);
    const long = `Tolong <b>segera</b> ${"x".repeat(4100)}`;
    const tooLong = await post("/lapor/status/reply", { trackingCode: code, proof, body: long });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain("Balas: paling banyak 4.000 karakter; yang ini 4.121.");
    expect(tooLong.body).toContain("Tolong &lt;b&gt;segera&lt;/b&gt; xxx");
    expect(tooLong.body).toContain(`name="proof" value="${proof}"`);
    expect(await count("report_messages")).toBe(stored);
  });

  it("takes more evidence with a reply: message and files stored together, sealed, audited; bad files refused with nothing stored", async () => {
    const { code, pin } = await submit();
    const report = (await reportByCode(code)) as { id: string };
    const status = await post("/lapor/status", { trackingCode: code, pin });
    expect(status.body).toContain('enctype="multipart/form-data"');
    expect(status.body).toMatch(/<label for="reply-evidence">/);
    const proof = /name="proof" value="([^"]+)"/.exec(status.body)?.[1] ?? "";
    const reply = (form: Record<string, string>, files: { name: string; bytes: Buffer; type: string }[]) => {
      const { payload, headers } = multipartBody(form, files);
      return t.app.inject({ method: "POST", url: "/lapor/status/reply", payload, headers });
    };
    const evidenceOf = async () =>
      rows<{ mime_type: string; file_name_enc: string; uploaded_by: string | null }>(
        await t.ctx.database.db.execute(
          sql`SELECT mime_type, file_name_enc, uploaded_by FROM report_evidence WHERE report_id = ${report.id}`,
        ),
      );
    const messages = async () =>
      Number(
        rows<{ n: number }>(
          await t.ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM report_messages WHERE report_id = ${report.id}`),
        )[0]?.n,
      );

    const wrong = await reply({ trackingCode: code, proof, body: "Ini tangkapan layarnya." }, [
      { name: "ancaman.png", bytes: Buffer.from("<script>alert(1)</script>"), type: "image/png" },
    ]);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain("berkasnya tidak dapat diterima");
    expect(wrong.body).toContain('aria-invalid="true"');
    expect(wrong.body).toContain("Ini tangkapan layarnya.</textarea>");
    expect(await evidenceOf()).toEqual([]);
    expect(await messages()).toBe(0);
    expect(wrong.body).not.toContain('id="files-again"');
    // A good photo with an empty reply: the reply comes back, and asks for the photo again (its input comes back empty).
    const blank = await reply({ trackingCode: code, proof, body: "   " }, [{ name: "foto.png", bytes: PNG, type: "image/png" }]);
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain('<p class="err" id="files-again">');
    expect(await evidenceOf()).toEqual([]);

    const ok = await reply({ trackingCode: code, proof, body: "Ini tangkapan layarnya." }, [
      { name: "ancaman.png", bytes: PNG, type: "image/png" },
    ]);
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain("Balasan dan berkas terkirim.");
    const stored = await evidenceOf();
    expect(stored.map((e) => [e.mime_type, e.uploaded_by])).toEqual([["image/png", null]]);
    expect(unseal(t.ctx.cipher, "evidence_name", stored[0]?.file_name_enc as string)).toBe("ancaman.png");
    expect(await messages()).toBe(1);
    const audit = rows<{ action: string; details: Record<string, unknown> }>(
      await t.ctx.database.db.execute(
        sql`SELECT action, details FROM audit_events WHERE target_id = ${report.id} AND action IN ('report.evidence_added', 'report.message_received') ORDER BY seq`,
      ),
    );
    expect(audit.map((a) => a.action)).toEqual(["report.evidence_added", "report.message_received"]);
    expect(audit[1]?.details.evidence).toBe(1);

    // A complaint holds at most 20 files: one more is refused, and the reply with it too.
    await t.ctx.database.db.execute(
      sql`INSERT INTO report_evidence (report_id, file_name_enc, mime_type, size_bytes, content_enc)
          SELECT ${report.id}, 'x', 'image/png', 1, 'x' FROM generate_series(1, 19)`,
    );
    const full = await reply({ trackingCode: code, proof, body: "Satu lagi." }, [
      { name: "lagi.png", bytes: PNG, type: "image/png" },
    ]);
    expect(full.statusCode).toBe(400);
    expect(full.body).toContain("terlalu banyak berkas");
    expect(full.body).toContain("Satu lagi.</textarea>");
    expect((await evidenceOf()).length).toBe(20);
    expect(await messages()).toBe(1);
  });

  it("gives the form back as sent when the database fails already at the per-address counter", async () => {
    const { key } = await getForm();
    const before = await count("reports");
    const failed = await whileRefusing(t.ctx.database.db, "rate_limits", "hits < 0", () =>
      post("/lapor", baseForm(key, { victimName: "Putri Ayu" })),
    );
    expect(failed.statusCode).toBe(503);
    expect(failed.body).toContain("Laporan Anda belum terkirim");
    expect(failed.body).toContain('value="Putri Ayu"');
    expect(failed.body).toContain(`name="idempotencyKey" value="${key}"`);
    expect(await count("reports")).toBe(before);
    expect((await post("/lapor", baseForm(key, { victimName: "Putri Ayu" }))).statusCode).toBe(200);
    expect(await count("reports")).toBe(before + 1);
  });

  it("gives a reply the database cannot store back as written; sent again, it is stored once", async () => {
    const { code, pin } = await submit();
    const report = (await reportByCode(code)) as { id: string };
    const opened = await post("/lapor/status", { trackingCode: code, pin });
    const proof = /name="proof" value="([^"]+)"/.exec(opened.body)?.[1] ?? "";
    const replies = async () =>
      rows(await t.ctx.database.db.execute(sql`SELECT 1 FROM report_messages WHERE report_id = ${report.id}`)).length;
    const reply = () => post("/lapor/status/reply", { trackingCode: code, proof, body: "Telepon saya <besok> pagi." });
    const failed = await whileRefusing(t.ctx.database.db, "report_messages", "body_enc IS NULL", reply);
    expect(failed.statusCode).toBe(503);
    expect(failed.body).toContain("Balasan Anda belum terkirim");
    expect(failed.body).toContain("Telepon saya &lt;besok&gt; pagi.</textarea>");
    expect(failed.body).toContain(`name="proof" value="${proof}"`);
    expect(failed.body).not.toContain("Dewi");
    expect(await replies()).toBe(0);
    // The same when the database fails already at the per-address counter.
    const uncounted = await whileRefusing(t.ctx.database.db, "rate_limits", "hits < 0", reply);
    expect(uncounted.statusCode).toBe(503);
    expect(uncounted.body).toContain("Telepon saya &lt;besok&gt; pagi.</textarea>");
    expect(await replies()).toBe(0);
    const again = await reply();
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain("Balasan terkirim.");
    expect(await replies()).toBe(1);
  });

  it("the status page follows the complaint into its case: verifying, handled once approved, closed once rejected", async () => {
    const db = t.ctx.database.db;
    const staff = async (role: "intake_officer" | "supervisor" | "case_manager", displayName: string) => {
      const u = await makeUser(t.ctx, db, { displayName, roles: [{ role, unitId: regencyUnit }] });
      const c = new Client(t.app);
      expect((await c.signIn(u.username, u.password)).status).toBe(200);
      return { id: u.id, c };
    };
    const officer = await staff("intake_officer", "Petugas Rina");
    const supervisor = await staff("supervisor", "Supervisor Bambang");
    const manager = await staff("case_manager", "Manajer Kasus Yuliani");
    const stage = async (code: string, pin: string) => {
      const res = await post("/lapor/status", { trackingCode: code, pin });
      expect(res.statusCode).toBe(200);
      return { text: /<strong id="stage">([^<]+)<\/strong>/.exec(res.body)?.[1], body: res.body };
    };
    /** A web report worked through intake and sent to the supervisor; returns its case. */
    const submitted = async () => {
      const { code, pin } = await submit();
      const id = String((await reportByCode(code))?.id);
      expect((await officer.c.post(`/reports/${id}/accept`, { version: 1 })).status).toBe(200);
      const { channel: _channel, ...fields } = WALK_IN;
      const intake = await officer.c.put(`/reports/${id}/intake`, { ...fields, channel: "web", version: 2 });
      expect(intake.status, JSON.stringify(intake.body)).toBe(200);
      expect((await officer.c.post(`/reports/${id}/messages`, { body: "Laporan Anda sedang kami periksa." })).status).toBe(201);
      expect((await officer.c.post(`/reports/${id}/submit`, { version: 3 })).status).toBe(200);
      const [row] = rows<{ id: string; version: number }>(
        await db.execute(sql`SELECT id, version FROM cases WHERE report_id = ${id}`),
      );
      return { code, pin, caseId: String(row?.id), version: Number(row?.version) };
    };

    const a = await submitted();
    expect((await stage(a.code, a.pin)).text).toBe("Sedang diperiksa");
    const approve = await supervisor.c.post(`/cases/${a.caseId}/events`, {
      event: "approve",
      caseManagerId: manager.id,
      version: a.version,
    });
    expect(approve.status, JSON.stringify(approve.body)).toBe(200);
    const handled = await stage(a.code, a.pin);
    expect(handled.text).toBe("Sedang ditangani");
    expect(handled.body).toContain("Laporan Anda sedang kami periksa.");
    const [registered] = rows<{ register_number: string }>(
      await db.execute(sql`SELECT register_number FROM cases WHERE id = ${a.caseId}`),
    );
    expect(registered?.register_number).toMatch(/^PPA-/);
    // Nothing else of the case: no register number, no names of staff, no category or violence.
    for (const secret of [String(registered?.register_number), "Yuliani", "Bambang", "Rina", "Dewi", "Fisik", "Anak"]) {
      expect(handled.body).not.toContain(secret);
    }
    const en = await post("/lapor/status?lang=en", { trackingCode: a.code, pin: a.pin });
    expect(en.body).toContain('<strong id="stage">Being handled</strong>');

    const b = await submitted();
    const reject = await supervisor.c.post(`/cases/${b.caseId}/events`, {
      event: "reject",
      reason: "referred_elsewhere",
      comment: "Dirujuk ke Dinas Sosial",
      version: b.version,
    });
    expect(reject.status, JSON.stringify(reject.body)).toBe(200);
    const closed = await stage(b.code, b.pin);
    expect(closed.text).toBe("Selesai");
    expect(closed.body).not.toContain("Dinas Sosial");
    expect((await stage(a.code, a.pin)).text).toBe("Sedang ditangani");
  });

  it("a web report made by the demo factories opens the status page with its PIN, as a sent one does", async () => {
    const made = await t.ctx.database.db.transaction((tx) => makeReport(t.ctx, tx, { unitId: regencyUnit }));
    expect(made.pin).toMatch(/^\d{6}$/);
    const res = await post("/lapor/status", { trackingCode: made.trackingCode, pin: String(made.pin) });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<strong id="stage">');
  });

  it("answers a wrong PIN and an unknown code alike, and locks a code after five wrong PINs", async () => {
    const { code, pin } = await submit();
    const wrongPin = pin === "000000" ? "111111" : "000000";
    const wrong = await post("/lapor/status", { trackingCode: code, pin: wrongPin });
    const unknown = await post("/lapor/status", { trackingCode: "TDH-XXXX-XXXX", pin: "123456" });
    expect(wrong.statusCode).toBe(400);
    expect(unknown.statusCode).toBe(400);
    const neutral = (html: string) => html.replace(/nonce="[^"]+"/g, "").replace(/value="[^"]*"/g, "");
    expect(neutral(wrong.body)).toBe(neutral(unknown.body));
    // The code typed stays in its field (escaped), the PIN does not.
    expect(wrong.body).toContain(`value="${code}"`);
    expect(wrong.body).not.toContain(wrongPin);
    const hostile = await post("/lapor/status", { trackingCode: `"><script>x</script>${"A".repeat(5000)}`, pin: "123456" });
    expect(hostile.statusCode).toBe(400);
    expect(hostile.body).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(hostile.body).not.toContain("AAAA");
    for (let i = 0; i < 4; i++) await post("/lapor/status", { trackingCode: code, pin: wrongPin });
    const locked = await post("/lapor/status", { trackingCode: code, pin });
    expect(locked.statusCode).toBe(429);
    expect(locked.body).not.toContain('id="stage"');
    // How long to wait: the hour's window from the first wrong PIN, in whole minutes, and the same in Retry-After.
    expect(locked.body).toMatch(/Coba lagi dalam (59|60) menit\./);
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(3500);
    expect(Number(locked.headers["retry-after"])).toBeLessThanOrEqual(3600);
    const lockedEn = await t.app.inject({
      method: "POST",
      url: "/lapor/status?lang=en",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ trackingCode: code, pin }).toString(),
    });
    expect(lockedEn.statusCode).toBe(429);
    expect(lockedEn.body).toMatch(/Too many wrong PINs for this code\. Try again in (59|60) minutes\./);
  });

  it("walks the no-JavaScript region step: regencies, then districts, keeping the draft", async () => {
    const { key } = await getForm();
    const step1 = await post("/lapor", { idempotencyKey: key, step: "region", provinceCode: "35", victimName: "Ani" });
    expect(step1.statusCode).toBe(200);
    expect(step1.body).toContain('<option value="3509">Kabupaten Jember</option>');
    expect(step1.body).toContain('value="Ani"');
    const step2 = await post("/lapor", { idempotencyKey: key, step: "region", provinceCode: "35", regencyCode: "3509" });
    expect(step2.body).toContain('<option value="350901">');
    expect(step2.body).toContain(`value="${key}"`);
    const json = await t.app.inject({ method: "GET", url: "/lapor/regions/3509" });
    expect(json.json().regions.length).toBeGreaterThan(10);
    expect(json.headers["set-cookie"]).toBeUndefined();
  });

  it("keeps the whole first load of /lapor within 30 KB compressed", async () => {
    const res = await t.app.inject({ method: "GET", url: "/lapor", headers: { "accept-encoding": "gzip" } });
    expect(res.headers["content-encoding"]).toBe("gzip");
    const html = zlib.gunzipSync(res.rawPayload).toString("utf8");
    let total = res.rawPayload.length;
    const refs = [...html.matchAll(/<(?:link|script|img)\b[^>]*?(?:href|src)="([^"]+)"/g)].map((m) => m[1] as string);
    for (const ref of refs.filter((r) => !r.startsWith("data:"))) {
      expect(ref.startsWith("/")).toBe(true);
      const sub = await t.app.inject({ method: "GET", url: ref, headers: { "accept-encoding": "gzip" } });
      total += sub.rawPayload.length;
    }
    expect(html).not.toMatch(/https?:\/\/(?!www\.google\.com\/search)/);
    expect(total).toBeGreaterThan(1000);
    expect(total).toBeLessThanOrEqual(30 * 1024);
  });
});
