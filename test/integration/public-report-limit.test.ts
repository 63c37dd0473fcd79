// The per-address limit of POST /lapor: 20 reports an hour unless TEDUH_REPORT_SUBMITS_PER_HOUR says otherwise; over it, nothing is stored.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit } from "../../src/demo/factories.js";
import { loadConfig } from "../../src/server/config.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

function form(key: string, n: number): string {
  const p = new URLSearchParams({
    idempotencyKey: key,
    inDanger: "no",
    category: "child",
    reporterRelation: "neighbour",
    contactMethod: "none",
    victimName: `Anak ${n}`,
    victimAge: "10",
    provinceCode: "35",
    regencyCode: "3509",
    violenceTypes: "physical",
    chronology: "Anak sering dipukul di rumah.",
  });
  return p.toString();
}

describe("the setting", () => {
  it("defaults to 20 an hour and reads TEDUH_REPORT_SUBMITS_PER_HOUR", () => {
    expect(loadConfig({}).reportSubmitsPerHour).toBe(20);
    expect(loadConfig({ TEDUH_REPORT_SUBMITS_PER_HOUR: "500" }).reportSubmitsPerHour).toBe(500);
    expect(() => loadConfig({ TEDUH_REPORT_SUBMITS_PER_HOUR: "0" })).toThrow(/TEDUH_REPORT_SUBMITS_PER_HOUR/);
  });
});

describe.each(DATABASES)("report submissions per address on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { reportSubmitsPerHour: 2 });
    await makeUnit(t.ctx.database.db);
  });
  afterAll(() => t.close());

  const submit = async (n: number, remoteAddress = "127.0.0.1", change: (form: URLSearchParams) => void = () => {}) => {
    const page = await t.app.inject({ method: "GET", url: "/lapor" });
    const key = /name="idempotencyKey" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
    const payload = new URLSearchParams(form(key, n));
    change(payload);
    return t.app.inject({
      method: "POST",
      url: "/lapor",
      remoteAddress,
      payload: payload.toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
  };
  const stored = async () =>
    Number(
      (
        (await t.ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM reports`)) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]?.n,
    );

  it("takes the configured number of reports from one address, then refuses with 429 and stores nothing", async () => {
    expect((await submit(1)).statusCode).toBe(200);
    expect((await submit(2)).statusCode).toBe(200);
    const third = await submit(3);
    expect(third.statusCode).toBe(429);
    expect(third.body).not.toContain('id="tracking-code"');
    // The form comes back as typed, with its key, to be sent later; the emergency numbers stay on the page.
    expect(third.body).toContain("Terlalu banyak laporan dari sambungan ini");
    expect(third.body).toMatch(/<p>Coba lagi dalam (59|60) menit\.<\/p>/);
    expect(Number(third.headers["retry-after"])).toBeGreaterThan(3500);
    expect(third.body).toContain('value="Anak 3"');
    expect(third.body).toContain("Anak sering dipukul di rumah.</textarea>");
    expect(third.body).toMatch(/name="idempotencyKey" value="[^"]+"/);
    expect(third.body).toContain('href="tel:112"');
    expect(await stored()).toBe(2);
  });

  it("does not count forms sent back to be corrected against it; a flood of them has a limit of its own", async () => {
    const before = await stored();
    const blank = (f: URLSearchParams) => f.delete("victimName");
    for (let i = 0; i < 5; i++) expect((await submit(10 + i, "10.1.1.1", blank)).statusCode).toBe(400);
    expect((await submit(20, "10.1.1.1")).statusCode).toBe(200);
    expect((await submit(21, "10.1.1.1")).statusCode).toBe(200);
    expect((await submit(22, "10.1.1.1")).statusCode).toBe(429);
    expect(await stored()).toBe(before + 2);
    // 300 corrections an hour from one address, then refused before being read as a report.
    for (let i = 0; i < 300; i++) expect((await submit(30, "10.2.2.2", blank)).statusCode).toBe(400);
    const flooded = await submit(31, "10.2.2.2", blank);
    expect(flooded.statusCode).toBe(429);
    expect(flooded.body).toContain("Terlalu banyak laporan dari sambungan ini");
    expect(await stored()).toBe(before + 2);
  });
});

describe.each(DATABASES)("the address counted behind a trusted proxy on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { reportSubmitsPerHour: 1, trustProxy: ["loopback"] });
    await makeUnit(t.ctx.database.db);
  });
  afterAll(() => t.close());

  const submit = async (n: number, remoteAddress: string, forwardedFor: string) => {
    const page = await t.app.inject({ method: "GET", url: "/lapor" });
    const key = /name="idempotencyKey" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
    return t.app.inject({
      method: "POST",
      url: "/lapor",
      remoteAddress,
      payload: form(key, n),
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": forwardedFor },
    });
  };

  it("is the reporter's, as the proxy saw it: two reporters behind the proxy are counted apart", async () => {
    expect((await submit(1, "127.0.0.1", "198.51.100.1")).statusCode).toBe(200);
    expect((await submit(2, "127.0.0.1", "198.51.100.2")).statusCode).toBe(200);
    expect((await submit(3, "127.0.0.1", "198.51.100.1")).statusCode).toBe(429);
  });

  it("cannot be chosen by the sender: a forged X-Forwarded-For, sent past the proxy or through it, is not believed", async () => {
    // Straight to the server from the internet: the header is ignored, the socket's address counts.
    expect((await submit(4, "203.0.113.7", "198.51.100.50")).statusCode).toBe(200);
    expect((await submit(5, "203.0.113.7", "198.51.100.51")).statusCode).toBe(429);
    // Through the proxy, which appends the address it saw to the header the sender forged.
    expect((await submit(6, "127.0.0.1", "198.51.100.60, 198.51.100.9")).statusCode).toBe(200);
    expect((await submit(7, "127.0.0.1", "198.51.100.61, 198.51.100.9")).statusCode).toBe(429);
  });
});
