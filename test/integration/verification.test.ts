// Verification links over the API and the public pages: code, one use, five wrong codes, expiry, correction, neutrality.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makeUnit, makeUser } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { blindIndex, unseal } from "../../src/modules/reports/identity.js";
import { loadConfig } from "../../src/server/config.js";
import { Client } from "../helpers/client.js";
import { REVEALING } from "../helpers/neutral-words.js";
import { whileRefusing } from "../helpers/refuse-writes.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const rows = <T = Record<string, unknown>>(r: unknown) => (r as { rows: T[] }).rows;

describe.each(DATABASES)("verification links on %s", (kind) => {
  let t: TestApp;
  let unitId: string;
  let otherUnitId: string;
  let officer: Client;
  let officerUser: MadeUser;
  let outsider: Client;

  const newReport = async (over: Record<string, unknown> = {}) =>
    (await makeReport(t.ctx, t.ctx.database.db, { unitId, victimPhone: "0812-1111-2222", ...over })).id;
  const createLink = async (reportId: string, body: Record<string, unknown> = { channel: "manual" }) => {
    const res = await officer.post(`/reports/${reportId}/verification-links`, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { link: { id: string; state: string }; code: string; url: string; message: string; qrSvg: string };
  };
  const tokenOf = (url: string) => new URL(url).pathname.split("/")[2] as string;
  const page = (method: "GET" | "POST", url: string, form?: Record<string, string>) =>
    t.app.inject({
      method,
      url,
      ...(form
        ? { payload: new URLSearchParams(form).toString(), headers: { "content-type": "application/x-www-form-urlencoded" } }
        : {}),
    });
  const proofOf = (html: string) => /name="proof" value="([^"]+)"/.exec(html)?.[1] ?? "";
  const reportRow = async (id: string) =>
    rows<Record<string, string | null>>(
      await t.ctx.database.db.execute(sql`SELECT * FROM reports WHERE id = ${id}`),
    )[0] as Record<string, string | null>;
  const audits = async (targetId: string) =>
    rows<{ action: string; details: Record<string, unknown> }>(
      await t.ctx.database.db.execute(sql`SELECT action, details FROM audit_events WHERE target_id = ${targetId} ORDER BY seq`),
    );

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.ctx.database.db;
    unitId = (await makeUnit(db)).id;
    otherUnitId = (await makeUnit(db, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" })).id;
    officerUser = await makeUser(t.ctx, db, { roles: [{ role: "intake_officer", unitId }] });
    officer = new Client(t.app);
    expect((await officer.signIn(officerUser.username, officerUser.password)).status).toBe(200);
    const o = await makeUser(t.ctx, db, { roles: [{ role: "intake_officer", unitId: otherUnitId }] });
    outsider = new Client(t.app);
    await outsider.signIn(o.username, o.password);
  });
  afterAll(() => t.close());

  it("with no transport, the officer gets the link, a neutral message, a QR code and the code; marks it sent once", async () => {
    const reportId = await newReport();
    expect((await officer.get("/verification-transports")).body).toEqual({ whatsapp: false, sms: false, email: false });
    const made = await createLink(reportId);
    expect(made.code).toMatch(/^\d{6}$/);
    expect(made.url).toMatch(new RegExp(`^${t.ctx.config.publicUrl}/v/[A-Za-z0-9_-]{43}$`));
    expect(made.qrSvg).toMatch(/^<svg/);
    expect(made.message).toContain(made.url);
    for (const word of REVEALING) expect(made.message).not.toMatch(word);
    expect(made.link.state).toBe("pending");
    const hours = (new Date((made.link as unknown as { expiresAt: string }).expiresAt).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);

    // Only hashes are stored.
    const stored = rows<{ token_hash: string; code_hash: string }>(
      await t.ctx.database.db.execute(sql`SELECT token_hash, code_hash FROM verification_links WHERE id = ${made.link.id}`),
    )[0];
    expect(stored?.token_hash).not.toContain(tokenOf(made.url));
    expect(stored?.code_hash).not.toContain(made.code);

    const sent = await officer.post(`/verification-links/${made.link.id}/sent`);
    expect(sent.status).toBe(200);
    expect(sent.body.state).toBe("sent");
    expect((await officer.post(`/verification-links/${made.link.id}/sent`)).status).toBe(409);
    const list = await officer.get(`/reports/${reportId}/verification-links`);
    expect(list.body.map((l: { state: string }) => l.state)).toEqual(["sent"]);
    expect(JSON.stringify(list.body)).not.toContain(tokenOf(made.url));
    expect((await audits(made.link.id)).map((a) => a.action)).toEqual(["verification.link_created", "verification.link_sent"]);
    expect((await audits(made.link.id))[0]?.details).toEqual({ reportId, channel: "manual", delivery: "manual" });
  });

  it("a new link, marking it sent and revoking it are published for colleagues' open pages: ids only, no token, code or address", async () => {
    const reportId = await newReport();
    const events: string[] = [];
    const stop = await t.ctx.database.listen("teduh_events", (p) => events.push(p));
    const seen = async (n: number) => {
      for (let i = 0; i < 250 && events.length < n; i++) await new Promise((r) => setTimeout(r, 20));
      return events.map((e) => JSON.parse(e));
    };
    try {
      const made = await createLink(reportId);
      expect(await seen(1)).toEqual([{ type: "report.updated", unitId, id: reportId, data: { verification: "link_created" } }]);
      expect((await officer.post(`/verification-links/${made.link.id}/sent`)).status).toBe(200);
      expect((await seen(2))[1]).toEqual({ type: "report.updated", unitId, id: reportId, data: { verification: "link_sent" } });
      expect((await officer.post(`/verification-links/${made.link.id}/revoke`)).status).toBe(200);
      expect((await seen(3))[2]).toEqual({
        type: "report.updated",
        unitId,
        id: reportId,
        data: { verification: "link_revoked" },
      });
      for (const secret of [tokenOf(made.url), made.url, `"${made.code}"`]) expect(events.join("\n")).not.toContain(secret);
    } finally {
      await stop();
    }
  });

  it("a forwarded link without the code shows nothing: a neutral code page, no cookie, no-store, strict CSP", async () => {
    const made = await createLink(await newReport({ victimName: "Rahmawati Kusuma" }));
    const res = await page("GET", `/v/${tokenOf(made.url)}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Masukkan kode");
    expect(res.body).not.toContain("Rahmawati");
    for (const word of REVEALING) expect(res.body).not.toMatch(word);
    expect(res.headers["set-cookie"]).toBeUndefined();
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(String(res.headers["content-security-policy"])).toMatch(/script-src 'self' 'nonce-/);
    expect(res.body).toContain('id="quick-exit"');
    expect(res.body).toMatch(/<script nonce="[^"]+">/);
    const wrong = await page("POST", `/v/${tokenOf(made.url)}`, { code: made.code === "000000" ? "111111" : "000000" });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).not.toContain("Rahmawati");
    expect(wrong.headers["set-cookie"]).toBeUndefined();
    const english = await page("GET", `/v/${tokenOf(made.url)}?lang=en`);
    expect(english.body).toContain("Enter the code");
    expect(english.body).toContain('<html lang="en">');
  });

  it("five wrong codes kill the link: even the right code then opens nothing", async () => {
    const made = await createLink(await newReport());
    const url = `/v/${tokenOf(made.url)}`;
    const wrongCode = made.code === "123456" ? "654321" : "123456";
    for (let i = 1; i <= 4; i++) {
      const res = await page("POST", url, { code: wrongCode });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(`Sisa percobaan: ${5 - i}`);
    }
    expect((await page("POST", url, { code: wrongCode })).statusCode).toBe(404);
    const right = await page("POST", url, { code: made.code });
    expect(right.statusCode).toBe(404);
    expect(right.body).not.toContain("Siti");
    expect((await page("GET", url)).statusCode).toBe(404);
    const listed = await officer.get(`/reports/${made.link && (await linkReport(made.link.id))}/verification-links`);
    expect(listed.body.find((l: { id: string }) => l.id === made.link.id).state).toBe("expired");
    expect((await audits(made.link.id)).filter((a) => a.action === "verification.code_failed")).toHaveLength(5);
  });

  const linkReport = async (linkId: string) =>
    rows<{ report_id: string }>(
      await t.ctx.database.db.execute(sql`SELECT report_id FROM verification_links WHERE id = ${linkId}`),
    )[0]?.report_id;

  it("the right code shows the data; a correction updates the sealed field and its blind index; the link works once", async () => {
    const reportId = await newReport({ victimNik: "3509012345670001" });
    const made = await createLink(reportId);
    const url = `/v/${tokenOf(made.url)}`;
    const opened = await page("POST", url, { code: ` ${made.code} ` });
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toContain('value="Siti Aminah"');
    expect(opened.body).toContain('value="0812-1111-2222"');
    expect(opened.body).toContain('value="3509012345670001"');
    const proof = proofOf(opened.body);
    expect(proof).not.toBe("");

    // A forged proof does not pass.
    const forged = await page("POST", `${url}/confirm`, { proof: `${Date.now() + 60_000}.${"A".repeat(43)}`, action: "confirm" });
    expect(forged.statusCode).toBe(400);
    expect(forged.body).toContain("Masukkan kode");

    const invalid = await page("POST", `${url}/confirm`, {
      proof,
      action: "correct",
      name: "Siti Aminah",
      birthDate: "1994-02-30",
      phone: "0813-9999-0000",
      nik: "3509012345670001",
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain("Periksa kembali isian ini.");
    expect((await reportRow(reportId)).victim_phone_bidx).toBe(blindIndex(t.ctx.cipher, "phone", "0812-1111-2222"));

    const done = await page("POST", `${url}/confirm`, {
      proof,
      action: "correct",
      name: "Siti Aminah",
      birthDate: "1994-09-02",
      phone: "0813-9999-0000",
      nik: "3509012345670001",
    });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain("Terima kasih");
    expect(done.body).not.toContain("Siti");
    const row = await reportRow(reportId);
    expect(unseal(t.ctx.cipher, "victim_phone", row.victim_phone_enc)).toBe("0813-9999-0000");
    expect(row.victim_phone_bidx).toBe(blindIndex(t.ctx.cipher, "phone", "0813-9999-0000"));
    expect(unseal(t.ctx.cipher, "victim_name", row.victim_name_enc)).toBe("Siti Aminah");

    expect((await page("POST", url, { code: made.code })).statusCode).toBe(404);
    expect((await page("POST", `${url}/confirm`, { proof, action: "confirm" })).statusCode).toBe(404);
    const events = await audits(reportId);
    expect(events.at(-1)).toEqual({ action: "verification.corrected", details: { linkId: made.link.id, fields: ["phone"] } });
    expect((await audits(made.link.id)).map((a) => a.action)).toContain("verification.opened");
    const listed = await officer.get(`/reports/${reportId}/verification-links`);
    expect(listed.body[0]).toMatchObject({ state: "used", outcome: "corrected" });
  });

  it("details sent without the pressed button (an older browser) are read as a correction, never thrown away as a confirmation", async () => {
    const reportId = await newReport();
    const made = await createLink(reportId);
    const url = `/v/${tokenOf(made.url)}`;
    const proof = proofOf((await page("POST", url, { code: made.code })).body);
    const done = await page("POST", `${url}/confirm`, {
      proof,
      name: "Siti Aminah",
      birthDate: "",
      phone: "0819-5555-4444",
    });
    expect(done.statusCode).toBe(200);
    expect(unseal(t.ctx.cipher, "victim_phone", (await reportRow(reportId)).victim_phone_enc)).toBe("0819-5555-4444");
    expect((await officer.get(`/reports/${reportId}/verification-links`)).body[0]).toMatchObject({ outcome: "corrected" });
  });

  it("a correction the database cannot store comes back as sent, changes nothing, and stores once sent again", async () => {
    const reportId = await newReport();
    const before = await reportRow(reportId);
    const made = await createLink(reportId);
    const url = `/v/${tokenOf(made.url)}`;
    const proof = proofOf((await page("POST", url, { code: made.code })).body);
    const correction = { proof, action: "correct", name: "Siti Aminah", birthDate: "1994-09-02", phone: "0813-5555-6666" };
    // The database refuses to close the link, as it does when it fails in the middle of the transaction.
    const failed = await whileRefusing(t.ctx.database.db, "verification_links", "used_at IS NULL", () =>
      page("POST", `${url}/confirm`, correction),
    );
    expect(failed.statusCode).toBe(503);
    expect(failed.headers["cache-control"]).toBe("no-store");
    expect(failed.body).toContain("Data Anda belum tersimpan");
    expect(failed.body).toContain('value="0813-5555-6666"');
    expect(proofOf(failed.body)).toBe(proof);
    const unchanged = await reportRow(reportId);
    expect(unchanged.victim_phone_enc).toBe(before.victim_phone_enc);
    expect(unchanged.version).toBe(before.version);

    const again = await page("POST", `${url}/confirm`, correction);
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain("Terima kasih");
    expect(unseal(t.ctx.cipher, "victim_phone", (await reportRow(reportId)).victim_phone_enc)).toBe("0813-5555-6666");
  });

  it("confirming without changes leaves the report as it was and publishes the update", async () => {
    const reportId = await newReport();
    const before = await reportRow(reportId);
    const made = await createLink(reportId);
    const events: string[] = [];
    const stop = await t.ctx.database.listen("teduh_events", (p) => events.push(p));
    const opened = await page("POST", `/v/${tokenOf(made.url)}?lang=en`, { code: made.code });
    expect(opened.body).toContain("Check your details");
    const done = await page("POST", `/v/${tokenOf(made.url)}/confirm?lang=en`, {
      proof: proofOf(opened.body),
      action: "confirm",
    });
    expect(done.body).toContain("Thank you");
    const after = await reportRow(reportId);
    expect(after.victim_name_enc).toBe(before.victim_name_enc);
    expect(Number(after.version)).toBe(Number(before.version));
    for (let i = 0; i < 50 && !events.length; i++) await new Promise((r) => setTimeout(r, 20));
    await stop();
    expect(events.map((e) => JSON.parse(e))).toContainEqual({
      type: "report.updated",
      unitId,
      id: reportId,
      data: { verification: "confirmed" },
    });
    expect((await audits(reportId)).at(-1)?.action).toBe("verification.confirmed");
  });

  it("an expired link opens nothing; a revoked one neither", async () => {
    const made = await createLink(await newReport());
    await t.ctx.database.db.execute(
      sql`UPDATE verification_links SET expires_at = now() - interval '1 minute' WHERE id = ${made.link.id}`,
    );
    expect((await page("GET", `/v/${tokenOf(made.url)}`)).statusCode).toBe(404);
    expect((await page("POST", `/v/${tokenOf(made.url)}`, { code: made.code })).statusCode).toBe(404);

    const other = await createLink(await newReport());
    const revoked = await officer.post(`/verification-links/${other.link.id}/revoke`);
    expect(revoked.body.state).toBe("revoked");
    expect((await page("POST", `/v/${tokenOf(other.url)}`, { code: other.code })).statusCode).toBe(404);
    expect((await officer.post(`/verification-links/${other.link.id}/revoke`)).status).toBe(409);
    expect(loadConfig({ TEDUH_VERIFICATION_HOURS: "24" }).verificationHours).toBe(24);
  });

  it("a new link revokes the complaint's earlier ones still live, audited as revoked: only the newest opens", async () => {
    const reportId = await newReport({ victimName: "Rahmawati Kusuma" });
    const first = await createLink(reportId);
    expect((await officer.post(`/verification-links/${first.link.id}/sent`)).status).toBe(200);
    // The victim opened the first link with its code and holds its confirmation form when the second is made.
    const proof = proofOf((await page("POST", `/v/${tokenOf(first.url)}`, { code: first.code })).body);
    expect(proof).not.toBe("");
    const second = await createLink(reportId);
    for (const res of [
      await page("GET", `/v/${tokenOf(first.url)}`),
      await page("POST", `/v/${tokenOf(first.url)}`, { code: first.code }),
      await page("POST", `/v/${tokenOf(first.url)}/confirm`, { proof, action: "confirm" }),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain("Rahmawati");
    }
    expect((await reportRow(reportId)).status).toBe("received");
    expect((await audits(first.link.id)).map((a) => a.action)).toEqual([
      "verification.link_created",
      "verification.link_sent",
      "verification.opened",
      "verification.link_revoked",
    ]);
    expect((await audits(first.link.id)).at(-1)?.details).toEqual({ previousState: "sent", supersededBy: second.link.id });
    expect((await officer.post(`/verification-links/${first.link.id}/revoke`)).status).toBe(409);

    // A third: the second (pending, never sent) is revoked too; an expired one is left as it was.
    await t.ctx.database.db.execute(
      sql`UPDATE verification_links SET expires_at = now() - interval '1 minute' WHERE id = ${first.link.id}`,
    );
    const third = await createLink(reportId);
    expect((await audits(second.link.id)).at(-1)).toEqual({
      action: "verification.link_revoked",
      details: { previousState: "pending", supersededBy: third.link.id },
    });
    expect((await audits(first.link.id)).filter((a) => a.action === "verification.link_revoked")).toHaveLength(1);
    expect((await page("POST", `/v/${tokenOf(second.url)}`, { code: second.code })).statusCode).toBe(404);
    const opened = await page("POST", `/v/${tokenOf(third.url)}`, { code: third.code });
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toContain('value="Rahmawati Kusuma"');
    const listed = await officer.get(`/reports/${reportId}/verification-links`);
    expect(listed.body.map((l: { id: string; state: string }) => [l.id, l.state])).toEqual([
      [third.link.id, "pending"],
      [second.link.id, "revoked"],
      [first.link.id, "revoked"],
    ]);
  });

  it("a used link stays used when a new one is made, and another complaint's link is left alone", async () => {
    const reportId = await newReport();
    const used = await createLink(reportId);
    const proof = proofOf((await page("POST", `/v/${tokenOf(used.url)}`, { code: used.code })).body);
    expect((await page("POST", `/v/${tokenOf(used.url)}/confirm`, { proof, action: "confirm" })).statusCode).toBe(200);
    const elsewhere = await createLink(await newReport());
    const again = await createLink(reportId);
    const listed = await officer.get(`/reports/${reportId}/verification-links`);
    expect(listed.body.map((l: { id: string; state: string }) => [l.id, l.state])).toEqual([
      [again.link.id, "pending"],
      [used.link.id, "used"],
    ]);
    expect((await audits(used.link.id)).map((a) => a.action)).not.toContain("verification.link_revoked");
    expect((await page("POST", `/v/${tokenOf(elsewhere.url)}`, { code: elsewhere.code })).statusCode).toBe(200);
  });

  it("closing a complaint (not a case, or a duplicate) revokes its live links: the victim's data opens no more", async () => {
    const original = await newReport();
    // From an address of its own: the file's earlier tests have used up much of the per-address code limit.
    const from = (method: "GET" | "POST", url: string, form?: Record<string, string>) =>
      t.app.inject({
        method,
        url,
        remoteAddress: "10.20.30.40",
        ...(form
          ? { payload: new URLSearchParams(form).toString(), headers: { "content-type": "application/x-www-form-urlencoded" } }
          : {}),
      });
    for (const [close, closedAs] of [
      [(id: string) => officer.post(`/reports/${id}/not-a-case`, { reason: "prank" }), "not_a_case"],
      [(id: string) => officer.post(`/reports/${id}/duplicate`, { duplicateOfId: original }), "duplicate"],
    ] as const) {
      const reportId = await newReport({ victimName: "Kartini Larasati", victimNik: "3509014107900003" });
      const live = await createLink(reportId);
      // Someone already past the code holds the confirmation form when the complaint is closed.
      const proof = proofOf((await from("POST", `/v/${tokenOf(live.url)}`, { code: live.code })).body);
      expect(proof).not.toBe("");
      expect((await close(reportId)).status).toBe(200);
      for (const res of [
        await from("GET", `/v/${tokenOf(live.url)}`),
        await from("POST", `/v/${tokenOf(live.url)}`, { code: live.code }),
        await from("POST", `/v/${tokenOf(live.url)}/confirm`, {
          proof,
          action: "correct",
          name: "Orang Lain",
          nik: "3509014107900004",
        }),
      ]) {
        expect(res.statusCode).toBe(404);
        expect(res.body).not.toContain("Kartini");
        expect(res.body).not.toContain("3509014107900003");
      }
      expect(unseal(t.ctx.cipher, "victim_name", (await reportRow(reportId)).victim_name_enc as string)).toBe("Kartini Larasati");
      expect((await officer.get(`/reports/${reportId}/verification-links`)).body[0].state).toBe("revoked");
      expect((await audits(live.link.id)).at(-1)).toEqual({
        action: "verification.link_revoked",
        details: { previousState: "pending", closedAs },
      });
    }
  });

  it("refuses closed reports, unconfigured channels and another unit's report", async () => {
    const closed = await newReport({ status: "awaiting_approval" });
    expect((await officer.post(`/reports/${closed}/verification-links`, { channel: "manual" })).status).toBe(409);
    const open = await newReport();
    const wa = await officer.post(`/reports/${open}/verification-links`, { channel: "whatsapp" });
    expect(wa.status).toBe(400);
    expect(wa.body.error.code).toBe("verification.transport_unavailable");
    expect((await outsider.post(`/reports/${open}/verification-links`, { channel: "manual" })).status).toBe(404);
    expect((await outsider.get(`/reports/${open}/verification-links`)).status).toBe(404);
  });
});

describe("a neutral host for victims' links (TEDUH_LINK_URL)", () => {
  let t: TestApp;
  afterAll(() => t?.close());

  it("puts the link on that host, never the staff address, and the link opens there", async () => {
    t = await startTestApp("pglite", { publicUrl: "https://ppa.jemberkab.go.id", linkUrl: "https://cek.example.id" });
    const db = t.ctx.database.db;
    const unitId = (await makeUnit(db)).id;
    const user = await makeUser(t.ctx, db, { roles: [{ role: "intake_officer", unitId }] });
    const officer = new Client(t.app);
    expect((await officer.signIn(user.username, user.password)).status).toBe(200);
    const reportId = (await makeReport(t.ctx, db, { unitId })).id;
    const res = await officer.post(`/reports/${reportId}/verification-links`, { channel: "manual" });
    expect(res.status).toBe(201);
    const made = res.body as { url: string; message: string };
    expect(made.url).toMatch(/^https:\/\/cek\.example\.id\/v\/[A-Za-z0-9_-]{43}$/);
    expect(made.message).toContain(made.url);
    expect(made.message).not.toContain("jemberkab");
    const opened = await t.app.inject({ method: "GET", url: new URL(made.url).pathname, headers: { host: "cek.example.id" } });
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toContain('name="code"');
  });
});
