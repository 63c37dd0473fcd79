// Public reports sent at the same moment share one transaction: each form still makes exactly one report, audited once,
// announced once, answered after its commit; double taps, replays and evidence inside a batch; routing's fallback.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit } from "../../src/demo/factories.js";
import { newIdempotencyKey } from "../../src/modules/reports/public/report-secrets.js";
import { verifyAuditChain } from "../../src/platform/audit/verify.js";
import { REALTIME_CHANNEL } from "../../src/platform/realtime/publish.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const rows = <T = Record<string, unknown>>(r: unknown) => (r as { rows: T[] }).rows;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(300, 9)]);

function form(key: string, n: number, over: Record<string, string> = {}): URLSearchParams {
  const p = new URLSearchParams({
    idempotencyKey: key,
    inDanger: n % 5 === 0 ? "yes" : "no",
    category: "child",
    reporterRelation: "neighbour",
    contactMethod: "none",
    victimName: `Anak ${n}`,
    victimAge: String(5 + (n % 12)),
    victimSex: "female",
    provinceCode: "35",
    regencyCode: "3509",
    districtCode: "350901",
    incidentPlace: "household",
    chronology: `Kejadian nomor ${n}.`,
    ...over,
  });
  p.append("violenceTypes", "physical");
  return p;
}

function withEvidence(fields: URLSearchParams) {
  const boundary = "----teduhbatch0123456789";
  const chunks: Buffer[] = [];
  for (const [k, v] of fields)
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  chunks.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="evidence"; filename="foto.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    PNG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(chunks), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

describe.each(DATABASES)("public reports sent together on %s", (kind) => {
  let t: TestApp;
  let unitId: string;
  const notified: { type: string; id?: string; unitId: string }[] = [];
  let stopListening: () => Promise<void>;

  const post = (fields: URLSearchParams, evidence = false) =>
    t.app.inject({
      method: "POST",
      url: "/lapor",
      ...(evidence
        ? withEvidence(fields)
        : { payload: fields.toString(), headers: { "content-type": "application/x-www-form-urlencoded" } }),
    });
  const answer = (html: string) => ({
    code: /id="tracking-code">([^<]+)</.exec(html)?.[1] ?? "",
    pin: /id="pin">(\d{6})</.exec(html)?.[1] ?? "",
  });
  const count = async (query: string) => Number(rows<{ n: number }>(await t.ctx.database.db.execute(sql.raw(query)))[0]?.n);

  beforeAll(async () => {
    t = await startTestApp(kind, { reportSubmitsPerHour: 10_000, evidenceMaxBytes: 64 * 1024 });
    unitId = (await makeUnit(t.ctx.database.db)).id;
    stopListening = await t.ctx.database.listen(REALTIME_CHANNEL, (payload) => notified.push(JSON.parse(payload)));
  });
  afterAll(async () => {
    await stopListening();
    await t.close();
  });

  it("makes one report per form among 60 sent at once, double taps and replays included", async () => {
    const earlierKey = newIdempotencyKey(t.ctx.cipher);
    const earlier = await post(form(earlierKey, 0));
    expect(earlier.statusCode).toBe(200);
    const before = await count("SELECT count(*)::int AS n FROM reports");
    const auditBefore = await count("SELECT count(*)::int AS n FROM audit_events WHERE action = 'report.submitted'");
    notified.length = 0;

    const keys = Array.from({ length: 40 }, () => newIdempotencyKey(t.ctx.cipher));
    // Every tenth form is tapped twice at once; the earlier form is sent again among them; three carry a photo.
    const sends = [
      ...keys.map((key, n) => ({ key, n, evidence: n % 13 === 1 })),
      ...keys.filter((_, n) => n % 10 === 3).map((key) => ({ key, n: keys.indexOf(key), evidence: false })),
      { key: earlierKey, n: 0, evidence: false },
    ];
    const answers = await Promise.all(sends.map((s) => post(form(s.key, s.n), s.evidence)));
    for (const res of answers) expect(res.statusCode, res.body.slice(0, 500)).toBe(200);

    expect(await count("SELECT count(*)::int AS n FROM reports")).toBe(before + keys.length);
    const byKey = new Map<string, { code: string; pin: string }>();
    for (const [i, res] of answers.entries()) {
      const got = answer(res.body);
      expect(got.code).toMatch(/^TDH-/);
      expect(got.pin).toMatch(/^\d{6}$/);
      const seen = byKey.get(sends[i]?.key as string);
      if (seen) expect(got).toEqual(seen);
      else byKey.set(sends[i]?.key as string, got);
    }
    expect(byKey.get(earlierKey)).toEqual(answer(earlier.body));
    expect(new Set([...byKey.values()].map((a) => a.code)).size).toBe(keys.length + 1);

    // Exactly one audit event and one live event per new report, and the audit chain still verifies.
    const ids = rows<{ id: string; unit_id: string; in_danger: boolean }>(
      await t.ctx.database.db.execute(sql.raw("SELECT id, unit_id, in_danger FROM reports")),
    );
    expect(ids.every((r) => r.unit_id === unitId)).toBe(true);
    expect(await count("SELECT count(*)::int AS n FROM audit_events WHERE action = 'report.submitted'")).toBe(
      auditBefore + keys.length,
    );
    expect(
      await count(
        "SELECT count(*)::int AS n FROM (SELECT target_id FROM audit_events WHERE action = 'report.submitted' GROUP BY target_id HAVING count(*) > 1) d",
      ),
    ).toBe(0);
    expect((await verifyAuditChain(t.ctx.database.db)).intact).toBe(true);
    await expect.poll(() => notified.filter((e) => e.type === "report.received").length).toBe(keys.length);
    expect(new Set(notified.map((e) => e.id)).size).toBe(keys.length);

    // Evidence went in once for each report that carried it.
    const withPhoto = keys.filter((_, n) => n % 13 === 1).length;
    expect(await count("SELECT count(*)::int AS n FROM report_evidence")).toBe(withPhoto);
  });

  it("stores no second copy of evidence when a form with a photo is sent twice at once", async () => {
    const key = newIdempotencyKey(t.ctx.cipher);
    const before = await count("SELECT count(*)::int AS n FROM report_evidence");
    const [a, b] = await Promise.all([post(form(key, 7), true), post(form(key, 7), true)]);
    expect(answer(a?.body ?? "")).toEqual(answer(b?.body ?? ""));
    expect(await count("SELECT count(*)::int AS n FROM report_evidence")).toBe(before + 1);
  });

  it("sends a report from a region no unit serves to the province unit, else the oldest unit", async () => {
    const key = newIdempotencyKey(t.ctx.cipher);
    // Kota Kupang (53.71), Nusa Tenggara Timur: neither the city nor the province has a unit here.
    const res = await post(form(key, 3, { provinceCode: "53", regencyCode: "5371", districtCode: "" }));
    expect(res.statusCode).toBe(200);
    const [row] = rows<{ unit_id: string }>(
      await t.ctx.database.db.execute(sql`SELECT unit_id FROM reports WHERE idempotency_key = ${key}`),
    );
    expect(row?.unit_id).toBe(unitId);
    const province = await makeUnit(t.ctx.database.db, {
      name: "UPTD PPA Provinsi Jawa Timur",
      kind: "province",
      regionCode: "35",
    });
    const again = newIdempotencyKey(t.ctx.cipher);
    await post(form(again, 4, { provinceCode: "53", regencyCode: "5371", districtCode: "" }));
    const [next] = rows<{ unit_id: string }>(
      await t.ctx.database.db.execute(sql`SELECT unit_id FROM reports WHERE idempotency_key = ${again}`),
    );
    expect(next?.unit_id).toBe(province.id);
  });
});
