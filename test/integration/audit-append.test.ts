// The database's chain append (teduh_audit_append) hashes every event exactly as chain.ts does, whatever its text, and
// concurrent appenders never break the chain.
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventHash } from "../../src/platform/audit/chain.js";
import type { AuditInput } from "../../src/platform/audit/events.js";
import { recordAuditEvents } from "../../src/platform/audit/record.js";
import { verifyAuditChain } from "../../src/platform/audit/verify.js";
import { createTestDatabase, DATABASES, type TestDatabase } from "../helpers/test-app.js";

/** Text PostgreSQL can hold (no NUL): control characters, quotes, backslashes, any script and emoji included. */
const text = fc.string({ unit: "grapheme", maxLength: 24 }).map((s) => s.replaceAll("\u0000", ""));
const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    text,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(text, tie("value"), { maxKeys: 3 }),
  ),
})).value;
const uuid = fc.uuid({ version: 4 });
const event = fc.record({
  action: text,
  actorId: fc.option(uuid, { nil: null }),
  unitId: fc.option(uuid, { nil: null }),
  targetType: fc.option(text, { nil: null }),
  targetId: fc.option(text, { nil: null }),
  details: fc.dictionary(text, json, { maxKeys: 4 }),
});

describe.each(DATABASES)("audit chain append on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(() => t.drop());

  it("stores events whose hashes chain.ts recomputes, for any text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(event, { minLength: 1, maxLength: 4 }), async (events) => {
        await t.database.db.transaction((tx) => recordAuditEvents(tx, events as unknown as AuditInput[]));
        const last = (await t.database.db.execute(
          sql`SELECT * FROM audit_events ORDER BY seq DESC LIMIT ${events.length}`,
        )) as unknown as { rows: Record<string, unknown>[] };
        for (const row of last.rows) {
          const stored = {
            seq: Number(row.seq),
            at: new Date(row.at as string),
            action: row.action as string,
            actorId: row.actor_id as string | null,
            unitId: row.unit_id as string | null,
            targetType: row.target_type as string | null,
            targetId: row.target_id as string | null,
            details: typeof row.details === "string" ? JSON.parse(row.details) : row.details,
          };
          expect(eventHash(stored, row.prev_hash as string)).toBe(row.hash);
        }
      }),
      { numRuns: 60 },
    );
    expect((await verifyAuditChain(t.database.db)).intact).toBe(true);
  });

  it("keeps one unbroken chain when many transactions append at once", async () => {
    const before = (await verifyAuditChain(t.database.db)).checked;
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.database.db.transaction((tx) =>
          recordAuditEvents(tx, [
            { action: "auth.signed_in", actorId: null, details: { i } },
            { action: "auth.signed_out", actorId: null, details: { i } },
          ] as AuditInput[]),
        ),
      ),
    );
    const after = await verifyAuditChain(t.database.db);
    expect(after).toMatchObject({ intact: true, checked: before + 60 });
  });
});
