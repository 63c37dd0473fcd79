// Rate-limit windows counted in PostgreSQL: hits that arrive together share one write, yet exactly `max` get through.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../src/platform/http/errors.js";
import { hitRateLimit } from "../../src/platform/http/rate-limit.js";
import { createTestDatabase, DATABASES, type TestDatabase } from "../helpers/test-app.js";

describe.each(DATABASES)("rate limits on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(() => t.drop());

  const burst = async (key: string, n: number, max: number) => {
    const settled = await Promise.allSettled(Array.from({ length: n }, () => hitRateLimit(t.database, key, max, 3600)));
    const refused = settled.filter((s) => s.status === "rejected");
    for (const r of refused) {
      const error = (r as PromiseRejectedResult).reason;
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(429);
    }
    return { passed: n - refused.length, refused: refused.length };
  };

  it("lets exactly `max` of a burst through, counts keys apart, and keeps no key in the clear", async () => {
    expect(await burst("lapor-submit:10.0.0.1", 30, 10)).toEqual({ passed: 10, refused: 20 });
    expect(await burst("lapor-submit:10.0.0.2", 5, 10)).toEqual({ passed: 5, refused: 0 });
    expect(await burst("lapor-submit:10.0.0.2", 8, 10)).toEqual({ passed: 5, refused: 3 });
    const keys = (await t.database.db.execute(sql`SELECT key FROM rate_limits`)) as unknown as { rows: { key: string }[] };
    expect(keys.rows.some((r) => r.key.includes("10.0.0"))).toBe(false);
  });

  it("opens a new window once the old one has passed", async () => {
    expect(await burst("login:10.0.0.3", 4, 3)).toEqual({ passed: 3, refused: 1 });
    await t.database.db.execute(sql`UPDATE rate_limits SET window_start = now() - interval '2 hours'`);
    expect(await burst("login:10.0.0.3", 4, 3)).toEqual({ passed: 3, refused: 1 });
  });
});
