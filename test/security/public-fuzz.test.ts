// fast-check against the public report pages: hostile bodies, keys, codes and PINs never give a 5xx, a cookie, an echo or a row.
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit } from "../../src/demo/factories.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const SCRIPT = "<script>alert(1)</script>";
const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    SCRIPT,
    "'; DROP TABLE reports; --",
    "\u0000\uFFFF\uD800",
    "%00",
    "%E0%A4%A",
    "../../etc",
    "TDH-XXXX-XXXX",
    "35",
    "3509",
  ),
  fc.string({ minLength: 9_000, maxLength: 20_000 }),
);
const FIELDS = [
  "idempotencyKey",
  "inDanger",
  "category",
  "reporterRelation",
  "contactMethod",
  "reporterPhone",
  "victimName",
  "victimAge",
  "victimBirthDate",
  "provinceCode",
  "regencyCode",
  "districtCode",
  "violenceTypes",
  "chronology",
  "step",
  "trackingCode",
  "pin",
  "proof",
  "body",
];
const form = fc.dictionary(fc.constantFrom(...FIELDS), hostile, { maxKeys: 12 });
const rawBody = fc.oneof(
  fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
  fc.constant(Buffer.from([0x76, 0x69, 0x63, 0x74, 0x69, 0x6d, 0x4e, 0x61, 0x6d, 0x65, 0x3d, 0xc3, 0x28, 0xff, 0xfe])),
  fc.constant(Buffer.from(`chronology=${"x".repeat(1024 * 1024)}`)),
);
const contentType = fc.constantFrom(
  "application/x-www-form-urlencoded",
  "application/x-www-form-urlencoded; charset=latin1",
  "application/json",
  "text/plain",
  "multipart/form-data; boundary=x",
);
/** Lone surrogates cannot be percent-encoded: replace them as a browser would. */
const wellFormed = (s: string) => s.replace(/[\uD800-\uDFFF]/g, "\uFFFD");
const path = fc.constantFrom("/lapor", "/lapor?lang=en", "/lapor/status", "/lapor/status/reply");
const address = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([a, b, c]) => `10.${a}.${b}.${c}`);

describe.each(DATABASES)("fuzzing the public report pages on %s", (kind) => {
  let t: TestApp;
  const counts = async () =>
    JSON.stringify(
      (
        (await t.ctx.database.db.execute(
          sql`SELECT (SELECT count(*) FROM reports) AS r, (SELECT count(*) FROM report_evidence) AS e, (SELECT count(*) FROM report_messages) AS m`,
        )) as unknown as { rows: unknown[] }
      ).rows,
    );
  const check = (res: { statusCode: number; headers: Record<string, unknown>; body: string }) => {
    expect(res.statusCode).toBeLessThan(500);
    expect(res.headers["set-cookie"]).toBeUndefined();
    expect(res.body).not.toContain(SCRIPT);
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    await makeUnit(t.ctx.database.db);
  });
  afterAll(() => t.close());

  it("answers hostile form fields on every endpoint without a 5xx, a cookie, an unescaped script or a stored row", async () => {
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(path, form, address, async (url, fields, remoteAddress) => {
        const res = await t.app.inject({
          method: "POST",
          url,
          remoteAddress,
          payload: new URLSearchParams(fields).toString(),
          headers: { "content-type": "application/x-www-form-urlencoded" },
        });
        check(res);
      }),
      { numRuns: 60 },
    );
    expect(await counts()).toBe(before);
  });

  it("answers raw, broken and oversized bodies of any content type cleanly", async () => {
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(path, rawBody, contentType, address, async (url, payload, type, remoteAddress) => {
        const res = await t.app.inject({ method: "POST", url, remoteAddress, payload, headers: { "content-type": type } });
        check(res);
      }),
      { numRuns: 40 },
    );
    expect(await counts()).toBe(before);
  });

  it("refuses forged form keys on an otherwise valid report, storing nothing", async () => {
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(hostile, address, async (key, remoteAddress) => {
        const res = await t.app.inject({
          method: "POST",
          url: "/lapor",
          remoteAddress,
          payload: new URLSearchParams({
            idempotencyKey: key,
            inDanger: "no",
            category: "woman",
            reporterRelation: "self",
            contactMethod: "none",
            victimName: SCRIPT,
            provinceCode: "35",
            violenceTypes: "physical",
            chronology: SCRIPT,
          }).toString(),
          headers: { "content-type": "application/x-www-form-urlencoded" },
        });
        check(res);
        expect(res.statusCode).toBe(400);
      }),
      { numRuns: 40 },
    );
    expect(await counts()).toBe(before);
  });

  it("never opens a status page for random codes and PINs, again and again", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^TDH-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
        fc.stringMatching(/^\d{6}$/),
        address,
        async (trackingCode, pin, remoteAddress) => {
          const res = await t.app.inject({
            method: "POST",
            url: "/lapor/status",
            remoteAddress,
            payload: new URLSearchParams({ trackingCode, pin }).toString(),
            headers: { "content-type": "application/x-www-form-urlencoded" },
          });
          check(res);
          expect([400, 429]).toContain(res.statusCode);
          expect(res.body).not.toContain('id="stage"');
        },
      ),
      { numRuns: 60 },
    );
  });

  it("serves the GET pages and region lists for hostile paths without a 5xx or a cookie", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (value) => {
        for (const url of [
          `/lapor?lang=${encodeURIComponent(wellFormed(value))}`,
          `/lapor/regions/${encodeURIComponent(wellFormed(value.slice(0, 200)))}`,
        ]) {
          const res = await t.app.inject({ method: "GET", url });
          check(res);
        }
      }),
      { numRuns: 40 },
    );
  });
});
