// Public pages over a per-address limit say how long to wait, in whole minutes and in Retry-After, in both languages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit } from "../../src/demo/factories.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

describe.each(DATABASES)("waiting out a public page's limit on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
    await makeUnit(t.ctx.database.db);
  });
  afterAll(() => t.close());

  const post = (url: string, form: Record<string, string>, ip: string) =>
    t.app.inject({
      method: "POST",
      url,
      remoteAddress: ip,
      payload: new URLSearchParams(form).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });

  /** Sends `allowed` requests that pass the limit, then one more, and returns that refused one. */
  async function overLimit(url: string, form: (i: number) => Record<string, string>, allowed: number, ip: string) {
    for (let i = 0; i < allowed; i++) expect((await post(url, form(i), ip)).statusCode).not.toBe(429);
    return post(url, form(allowed), ip);
  }
  /** A different unknown code each time, so that no one code's wrong-PIN lock answers first. */
  const statusForm = (i: number) => ({ trackingCode: `TDH-AAAA-${String(i).padStart(4, "0")}`, pin: "123456" });

  it("the status page: 60 tries an hour per address, then the minutes left", async () => {
    const refused = await overLimit("/lapor/status", statusForm, 60, "10.9.0.1");
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toMatch(/Terlalu banyak percobaan dari sambungan ini\. Coba lagi dalam (59|60) menit\./);
    const seconds = Number(refused.headers["retry-after"]);
    expect(seconds).toBeGreaterThan(3500);
    expect(seconds).toBeLessThanOrEqual(3600);
    const en = await post("/lapor/status?lang=en", { trackingCode: "TDH-AAAA-AAAA", pin: "123456" }, "10.9.0.1");
    expect(en.statusCode).toBe(429);
    expect(en.body).toMatch(/Too many attempts from this connection\. Try again in (59|60) minutes\./);
    // Another address is not held up.
    expect((await post("/lapor/status", { trackingCode: "TDH-AAAA-AAAA", pin: "123456" }, "10.9.0.2")).statusCode).toBe(400);
  });

  it("a verification link's code page: 20 tries in 15 minutes per address, then the minutes left", async () => {
    const refused = await overLimit("/v/not-a-real-token", () => ({ code: "123456" }), 20, "10.9.1.1");
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toMatch(/Terlalu banyak percobaan\. Coba lagi dalam (14|15) menit\./);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(800);
    expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(900);
    const en = await post("/v/not-a-real-token?lang=en", { code: "123456" }, "10.9.1.1");
    expect(en.body).toMatch(/Too many attempts\. Try again in (14|15) minutes\./);
  });

  it("a client link's code page: the same wait, on its own counter", async () => {
    const refused = await overLimit("/s/not-a-real-token", () => ({ code: "123456" }), 20, "10.9.2.1");
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toMatch(/Coba lagi dalam (14|15) menit\./);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(800);
  });
});
