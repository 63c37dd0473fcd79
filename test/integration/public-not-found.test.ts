// A person at a wrong address: "/Lapor" or "/lapor/" reach the form, anything else a plain page with the quick exit; the API keeps JSON.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REVEALING } from "../helpers/neutral-words.js";
import { startTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp("pglite");
});
afterAll(() => t.close());

const get = (url: string, method: "GET" | "HEAD" | "POST" = "GET") => t.app.inject({ method, url });

describe("addresses no route answers", () => {
  it("sends a public page typed with capitals or a trailing slash to the page, keeping the language, never cached", async () => {
    const cases: [string, string][] = [
      ["/lapor/", "/lapor"],
      ["/Lapor", "/lapor"],
      ["/LAPOR//", "/lapor"],
      ["/Lapor?lang=en", "/lapor?lang=en"],
      ["/lapor/status/", "/lapor/status"],
      ["/Lapor/Status?lang=en", "/lapor/status?lang=en"],
      // The reply's address, opened by itself: the status form.
      ["/lapor/status/reply", "/lapor/status"],
      ["/lapor/status/reply?lang=en", "/lapor/status?lang=en"],
    ];
    for (const [from, to] of cases) {
      const response = await get(from);
      expect(response.statusCode, from).toBe(302);
      expect(response.headers.location, from).toBe(to);
      expect(response.headers["cache-control"], from).toBe("no-store");
      expect(response.headers["set-cookie"], from).toBeUndefined();
    }
    expect((await get("/Lapor", "HEAD")).statusCode).toBe(302);
    // Where it leads is the form itself.
    const form = await get("/lapor");
    expect(form.statusCode).toBe(503); // this test's database has no unit yet: the "not taking reports" page
    expect(form.body).toContain("112");
  });

  it("a link's address gone wrong (a form's address opened from the history, a slash or a capital added) stays neutral", async () => {
    const token = "Q".repeat(43);
    for (const [url, method] of [
      [`/v/${token}/confirm`, "GET"],
      [`/v/${token}/`, "GET"],
      [`/V/${token}`, "GET"],
      [`/v/${token}/x`, "POST"],
      [`/s/${token}/submit`, "GET"],
      [`/S/${token}/`, "GET"],
      [`/v/${token}/confirm?lang=en`, "GET"],
    ] as const) {
      const response = await get(url, method);
      expect(response.statusCode, url).toBe(404);
      expect(response.headers["cache-control"], url).toBe("no-store");
      expect(response.headers["set-cookie"], url).toBeUndefined();
      expect(response.body, url).toContain('id="quick-exit"');
      expect(response.body, url).toContain(url.endsWith("lang=en") ? "Link not valid" : "Tautan tidak berlaku");
      // Nothing of the report site: no hotline, no form, no word of what the unit does.
      expect(response.body, url).not.toContain("129");
      expect(response.body, url).not.toContain("/lapor");
      for (const word of REVEALING) expect(response.body, url).not.toMatch(word);
    }
  });

  it("answers any other address with a plain page in the report pages' layout: quick exit, 112/129, a link to the form", async () => {
    for (const [url, lang] of [
      ["/xyz", "id"],
      ["/laporan", "id"],
      ["/status?lang=en", "en"],
    ] as const) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(response.headers["cache-control"]).toBe("no-store");
      expect(response.headers["set-cookie"], url).toBeUndefined();
      expect(response.body).toContain(`<html lang="${lang}">`);
      expect(response.body).toContain('id="quick-exit"');
      expect(response.body).toContain(lang === "id" ? "Halaman tidak ditemukan" : "Page not found");
      expect(response.body).toContain(lang === "id" ? 'href="/lapor"' : 'href="/lapor?lang=en"');
      expect(response.body).toContain("112");
    }
    // A form posted to a wrong address is not redirected (its body would be lost): the page, 404.
    expect((await get("/lapor/", "POST")).statusCode).toBe(404);
  });

  it("keeps JSON for the API", async () => {
    const response = await get("/api/v1/no-such-thing");
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: "not_found", message: "Data tidak ditemukan." } });
  });

  it("never answers 5xx or redirects anywhere but a public page, whatever the address", async () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9._~%!$&'()*+,;=:@-]{0,12}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { maxLength: 4 }),
        fc.boolean(),
        fc.stringMatching(/^[\x21-\x7e]{0,20}$/),
        async (segments, slash, query) => {
          const url = `/${segments.join("/")}${slash ? "/" : ""}${query ? `?${encodeURI(query)}` : ""}`;
          const response = await get(url);
          expect(response.statusCode, url).toBeLessThan(500);
          if (response.statusCode === 302)
            expect(String(response.headers.location), url).toMatch(/^\/(lapor|lapor\/status|console\/)(\?|$)/);
        },
      ),
      { numRuns: 150 },
    );
  });
});
