// fast-check against the public verification pages: hostile tokens, codes, proofs and bodies never give a 5xx or change a thing.
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit, makeUser } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { Client } from "../helpers/client.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("<script>alert(1)</script>", "'; DROP TABLE reports; --", "\u0000\uFFFF\uD800", "%00", "%E0%A4%A", "../../etc"),
  fc.string({ minLength: 20_000, maxLength: 40_000 }),
);
const rawBody = fc.oneof(
  fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
  fc.constant(Buffer.from([0x63, 0x6f, 0x64, 0x65, 0x3d, 0xc3, 0x28, 0xff, 0xfe])), // code=<broken UTF-8>
  fc.constant(Buffer.from(`name=${"x".repeat(1024 * 1024)}`)), // a 1 MB field
);
const contentType = fc.constantFrom(
  "application/x-www-form-urlencoded",
  "application/x-www-form-urlencoded; charset=latin1",
  "application/json",
  "text/plain",
  "multipart/form-data; boundary=x",
);

describe.each(DATABASES)("fuzzing the verification pages on %s", (kind) => {
  let t: TestApp;
  let reportId: string;
  let tokenA: string;
  let tokenC: string;
  let proofC: string;
  let snapshot: string;

  const state = async () =>
    JSON.stringify(
      (
        (await t.ctx.database.db.execute(
          sql`SELECT r.*, (SELECT json_agg(json_build_object('id', id, 'used', used_at, 'outcome', outcome) ORDER BY id) FROM verification_links WHERE report_id = r.id) AS links FROM reports r WHERE r.id = ${reportId}`,
        )) as unknown as { rows: unknown[] }
      ).rows,
    );

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.ctx.database.db;
    const unitId = (await makeUnit(db)).id;
    reportId = (await makeReport(t.ctx, db, { unitId, victimNik: "3509012345670001" })).id;
    const u = await makeUser(t.ctx, db, { roles: [{ role: "intake_officer", unitId }] });
    const officer = new Client(t.app);
    await officer.signIn(u.username, u.password);
    const link = async () => (await officer.post(`/reports/${reportId}/verification-links`, { channel: "manual" })).body;
    const a = await link();
    tokenA = new URL(a.url).pathname.split("/")[2] as string;
    const c = await link();
    tokenC = new URL(c.url).pathname.split("/")[2] as string;
    const opened = await t.app.inject({
      method: "POST",
      url: `/v/${tokenC}`,
      payload: `code=${c.code}`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    proofC = /name="proof" value="([^"]+)"/.exec(opened.body)?.[1] as string;
    expect(proofC).toBeTruthy();
    snapshot = await state();
  });
  afterAll(() => t.close());

  /** Lone surrogates cannot be percent-encoded; send them as the broken UTF-8 they would become. */
  const encode = (token: string) => {
    try {
      return encodeURIComponent(token);
    } catch {
      return "%ED%A0%80";
    }
  };
  const target = fc.oneof(
    hostile.map((token) => ({ path: `/v/${encode(token)}`, token: "random" })),
    fc.constant({ path: "", token: "A" }),
    fc.constant({ path: "", token: "C" }),
  );
  const form = fc.oneof(
    fc.record({ code: hostile }).map((f) => new URLSearchParams(f).toString()),
    fc
      .record({
        proof: fc.oneof(hostile, fc.constant("VALID")),
        action: fc.constantFrom("correct", "confirm-not", "CORRECT"),
        name: hostile,
        birthDate: hostile.filter((s) => s.trim() !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(s.trim())),
        phone: hostile,
        nik: hostile,
      })
      .map((f) => ({ ...f, action: f.proof === "VALID" ? "correct" : f.action })),
  );

  it("never a 5xx, always a page without a cookie, and the report and its links stay as they were", async () => {
    await fc.assert(
      fc.asyncProperty(
        target,
        fc.constantFrom("", "/confirm"),
        fc.oneof(
          form.map((f) => ({ form: f })),
          rawBody.map((raw) => ({ raw })),
        ),
        contentType,
        fc.constantFrom("GET", "POST"),
        fc.ipV4(),
        async (where, suffix, payload, type, method, ip) => {
          const base = where.token === "A" ? `/v/${tokenA}` : where.token === "C" ? `/v/${tokenC}` : where.path;
          let body: string | Buffer = "raw" in payload ? payload.raw : "";
          if ("form" in payload) {
            body =
              typeof payload.form === "string"
                ? payload.form
                : new URLSearchParams({
                    ...payload.form,
                    proof: payload.form.proof === "VALID" ? proofC : payload.form.proof,
                  }).toString();
          }
          const res = await t.app.inject({
            method,
            url: `${base}${suffix}${ip.endsWith("7") ? "?lang=en" : ""}`,
            remoteAddress: ip,
            headers: { "content-type": type },
            ...(method === "POST" ? { payload: body } : {}),
          });
          expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
          expect(res.headers["set-cookie"]).toBeUndefined();
          if (res.statusCode !== 404 || base.startsWith("/v/")) {
            expect(String(res.headers["content-type"])).toMatch(/text\/html|application\/json/);
          }
          expect(res.body).not.toContain("<script>alert(1)</script>");
          expect(await state()).toBe(snapshot);
          await t.ctx.database.db.execute(sql`UPDATE verification_links SET failed_attempts = 0 WHERE report_id = ${reportId}`);
        },
      ),
      { numRuns: kind === "pglite" ? 150 : 100 },
    );
  });
});
