// A child's identity never reaches the logs while an officer enters, reads and works the complaint.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePost, makeUnit, makeUser } from "../../src/demo/factories.js";
import { buildApp } from "../../src/server/app.js";
import { loadConfig } from "../../src/server/config.js";
import { Client } from "../helpers/client.js";
import { WALK_IN } from "../helpers/intake-body.js";
import { createTestDatabase, type TestDatabase, testCipher } from "../helpers/test-app.js";

describe("intake logs", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
  });
  afterAll(() => db.drop());

  it("a child's name, NIK, birth date, phone and story appear in no log line", async () => {
    const lines: string[] = [];
    const ctx = { config: loadConfig({}, { scryptCost: 1024, logLevel: "trace" }), database: db.database, cipher: testCipher() };
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await buildApp(ctx, { logDestination: sink });
    const unit = (await makeUnit(db.database.db)).id;
    const post = (await makePost(db.database.db, unit)).id;
    const u = await makeUser(ctx, db.database.db, { roles: [{ role: "intake_officer", unitId: unit }] });
    const c = new Client(app);
    await c.signIn(u.username, u.password);
    const child = {
      ...WALK_IN,
      unitId: unit,
      postId: post,
      category: "child",
      victimName: "Putri Anjani Kecil",
      victimNik: "3509016101150002",
      victimBirthDate: "2015-01-21",
      victimPhone: "0857-7777-1234",
      victimMaritalStatus: "unmarried",
      victimOccupation: "student",
      chronology: "Anak dipukul ayah tirinya di dapur",
    };
    const created = await c.post("/reports", child);
    expect(created.status).toBe(201);
    const id = created.body.id;
    await c.post(`/reports/${id}/identity`);
    await c.get(`/reports/${id}/possible-duplicates`);
    await c.put(`/reports/${id}/intake`, { ...child, victimName: "Putri Anjani Kecil2", version: 1 });
    await c.put(`/reports/${id}/intake`, { ...child, version: 1 }); // stale: 409 with the body in the request
    await c.post("/reports", { ...child, victimNik: "bukan-nik Putri Anjani" }); // 400
    await app.close();
    const log = lines.join("");
    expect(log).toContain(`/api/v1/reports/${id}/identity`);
    // The phone as typed and as digits: "0857" alone also turns up in a response time's decimals (13.092240000000857).
    for (const secret of [
      "Putri",
      "Anjani",
      "3509016101150002",
      "2015-01-21",
      "0857-7777",
      "085777771234",
      "7777-1234",
      "ayah tirinya",
    ])
      expect(log).not.toContain(secret);
  });
});
