// Logs carry ids and paths, never names, usernames, passwords, tokens or search terms.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit, makeUser } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { buildApp } from "../../src/server/app.js";
import { loadConfig } from "../../src/server/config.js";
import { safeError } from "../../src/server/logger.js";
import { Client } from "../helpers/client.js";
import { createTestDatabase, type TestDatabase, testCipher } from "../helpers/test-app.js";

describe("logs", () => {
  let db: TestDatabase;
  const lines: string[] = [];
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
  });
  afterAll(() => db.drop());

  it("a sign-in, a failed sign-in and a search leave no name, username, password or token in the log", async () => {
    const ctx = { config: loadConfig({}, { scryptCost: 1024, logLevel: "info" }), database: db.database, cipher: testCipher() };
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await buildApp(ctx, { logDestination: sink });
    const unit = await makeUnit(db.database.db);
    const u = await makeUser(ctx, db.database.db, {
      roles: [{ role: "admin", unitId: unit.id }],
      displayName: "Ratna Kurniawati",
      username: "ratna.k",
    });
    const c = new Client(app);
    await c.signIn(u.username, "wrong-password-zzz");
    await c.signIn(u.username, u.password);
    await c.get("/units?q=Ratna%20Kurniawati");
    const session = c.cookies.get("teduh_session") as string;
    await app.close();
    const log = lines.join("");
    expect(log).toContain('"path":"/api/v1/auth/sign-in"');
    for (const secret of ["Ratna", "ratna.k", u.password, "wrong-password-zzz", session, "teduh_session"])
      expect(log).not.toContain(secret);
  });

  it("a verification link's token and a client link's token never reach the log (the path keeps the link's kind)", async () => {
    const own: string[] = [];
    const ctx = { config: loadConfig({}, { scryptCost: 1024, logLevel: "info" }), database: db.database, cipher: testCipher() };
    const sink = new Writable({
      write(chunk, _enc, done) {
        own.push(String(chunk));
        done();
      },
    });
    const app = await buildApp(ctx, { logDestination: sink });
    const unit = await makeUnit(db.database.db, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" });
    const u = await makeUser(ctx, db.database.db, { roles: [{ role: "intake_officer", unitId: unit.id }] });
    const c = new Client(app);
    await c.signIn(u.username, u.password);
    const report = await makeReport(ctx, db.database.db, { unitId: unit.id, regencyCode: "3578" });
    const made = await c.post(`/reports/${report.id}/verification-links`, { channel: "manual" });
    expect(made.status).toBe(201);
    const token = new URL(made.body.url).pathname.split("/")[2] as string;
    const form = { "content-type": "application/x-www-form-urlencoded" };
    expect((await app.inject({ method: "GET", url: `/v/${token}` })).statusCode).toBe(200);
    await app.inject({ method: "POST", url: `/v/${token}`, headers: form, payload: `code=${made.body.code}` });
    await app.inject({ method: "POST", url: `/v/${token}/confirm`, headers: form, payload: "action=confirm&proof=x" });
    const clientToken = "Q".repeat(43);
    await app.inject({ method: "GET", url: `/s/${clientToken}` });
    await app.close();
    const log = own.join("");
    expect(log).toContain('"path":"/v/');
    expect(log).toContain('"path":"/s/');
    expect(log).not.toContain(token);
    expect(log).not.toContain(clientToken);
  });

  it("a database error is logged without the failed query's parameters", () => {
    const err = new Error("Failed query: insert into users (display_name) values ($1)\nparams: Siti Rahayu", {
      cause: Object.assign(new Error("duplicate key"), { code: "23505" }),
    });
    const logged = JSON.stringify(safeError(err));
    expect(logged).not.toContain("Siti");
    expect(logged).toContain("23505");
  });
});
