// fast-check throws random and hostile bodies, headers and cookies at every endpoint: never a 5xx, never a stray write.
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { makeUnit, makeUser } from "../../src/demo/factories.js";
import type { AnyRoute } from "../../src/platform/http/route.js";
import { apiRoutes } from "../../src/server/routes.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "'; DROP TABLE users; --",
    "\u0000\uFFFF\uD800",
    "../../etc/passwd",
    "%00",
    "null",
    "NaN",
  ),
  fc.string({ minLength: 5000, maxLength: 20000 }),
  fc.uuid(),
  fc.emailAddress(),
);
const hostileValue = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 5 }),
  fc.object({ maxDepth: 2 }),
);

function keysOf(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as { properties?: Record<string, unknown> };
  return Object.keys(json.properties ?? {});
}

/** Bodies shaped like the route's contract (its keys, wrong or hostile values), or anything at all. */
function bodyFor(route: AnyRoute) {
  const keys = keysOf(route.body);
  const shaped = keys.length ? fc.dictionary(fc.constantFrom(...keys), hostileValue, { maxKeys: keys.length }) : fc.object();
  return fc.oneof(shaped, fc.anything(), hostileString);
}

const rawPayload = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
  fc.constant(Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d])), // {"\xc3(":1} broken UTF-8
  fc.constant(Buffer.from('{"username": "a", "password": ')),
);

const headers = fc.record({
  "content-type": fc.constantFrom(
    "application/json",
    "text/plain",
    "application/x-www-form-urlencoded",
    "application/json; charset=latin1",
    "multipart/form-data",
  ),
  "accept-language": fc.oneof(
    fc.constantFrom("id", "en", "en-US,en;q=0.9", "*"),
    fc.string({ maxLength: 30 }).map((s) => s.replace(/[^\x20-\x7e]/g, "")),
  ),
  extraCookie: fc.oneof(
    fc.constant(""),
    fc
      .string({ maxLength: 60 })
      .map((s) => `teduh_session=${encodeURIComponent(s)}; teduh_lang=${encodeURIComponent(s.slice(0, 5))}`),
  ),
});

const pathFor = (route: AnyRoute, junk: string) =>
  route.path.replace(/:\w+/g, () => (junk.length % 3 === 0 ? crypto.randomUUID() : encodeURIComponent(junk) || "x"));

/** Routes whose failures are themselves audited (failed sign-ins, wrong codes). */
const auditsFailures = new Set(["/auth/sign-in", "/auth/totp"]);

describe.each(DATABASES)("fuzzing every endpoint on %s", (kind) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const unit = await makeUnit(t.ctx.database.db);
    const admin = await makeUser(t.ctx, t.ctx.database.db, {
      roles: [
        { role: "admin", unitId: null },
        { role: "supervisor", unitId: unit.id },
      ],
    });
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      headers: { "content-type": "application/json", cookie: "teduh_csrf=k", "x-csrf-token": "k" },
      payload: JSON.stringify({ username: admin.username, password: admin.password }),
    });
    cookie = `teduh_session=${res.cookies.find((c) => c.name === "teduh_session")?.value}; teduh_csrf=k`;
  });
  afterAll(() => t.close());

  const auditCount = async () =>
    Number(
      (
        (await t.ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM audit_events`)) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]?.n,
    );

  it.each(apiRoutes.map((route) => ({ route, name: `${route.method} ${route.path}` })))(
    "$name: no 5xx, errors write nothing",
    async ({ route }) => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            bodyFor(route).map((b) => ({ json: b })),
            rawPayload.map((raw) => ({ raw })),
          ),
          headers,
          fc.string({ maxLength: 12 }),
          fc.boolean(),
          async (payload, h, junk, signedIn) => {
            const before = await auditCount();
            const res = await t.app.inject({
              method: route.method,
              url: `/api/v1${pathFor(route, junk)}${route.method === "GET" ? `?q=${encodeURIComponent(junk)}&limit=${encodeURIComponent(junk)}` : ""}`,
              headers: {
                "content-type": h["content-type"],
                "accept-language": h["accept-language"],
                "x-csrf-token": "k",
                cookie: [signedIn ? cookie : "teduh_csrf=k", h.extraCookie].filter(Boolean).join("; "),
              },
              ...(route.method === "GET" ? {} : { payload: "raw" in payload ? payload.raw : JSON.stringify(payload.json) }),
            });
            expect(res.statusCode, res.body).toBeLessThan(500);
            if (res.statusCode >= 400) {
              expect(res.json().error.message).toBeTruthy();
              if (!auditsFailures.has(route.path)) expect(await auditCount()).toBe(before);
            }
          },
        ),
        { numRuns: 25 },
      );
    },
  );
});
