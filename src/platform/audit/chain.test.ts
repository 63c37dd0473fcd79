// The audit chain: events written in transactions, verified, and tampering located.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../test/helpers/test-app.js";
import { canonicalJson } from "./chain.js";
import { recordAudit } from "./record.js";
import { verifyAuditChain } from "./verify.js";

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[1,{"y":2,"z":1}]},"b":1}');
  });
});

describe("audit chain on PGlite", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("pglite");
  });
  afterAll(() => t.drop());

  it("events chain, verify intact; a rolled-back transaction leaves no event", async () => {
    const { db } = t.database;
    for (let i = 0; i < 5; i++) {
      await db.transaction((tx) =>
        recordAudit(tx, { action: "unit.updated", actorId: null, details: { i, nested: { b: 2, a: 1 } } }),
      );
    }
    await expect(
      db.transaction(async (tx) => {
        await recordAudit(tx, { action: "unit.updated", actorId: null });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await verifyAuditChain(db)).toEqual({ intact: true, checked: 5, firstBrokenSeq: null, reason: null });
  });

  it("the database refuses UPDATE and DELETE on the audit log", async () => {
    const { db } = t.database;
    await expect(db.execute(sql`UPDATE audit_events SET action = 'x' WHERE seq = 1`)).rejects.toThrow();
    await expect(db.execute(sql`DELETE FROM audit_events WHERE seq = 1`)).rejects.toThrow();
  });

  it("an event altered behind the trigger's back is found by its sequence number", async () => {
    const { db } = t.database;
    await db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);
    await db.execute(sql`UPDATE audit_events SET details = '{"i": 99}' WHERE seq = 3`);
    await db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`);
    expect(await verifyAuditChain(db)).toEqual({ intact: false, checked: 2, firstBrokenSeq: 3, reason: "hash_mismatch" });
  });
});
