// A victim's disability type (health data) is sealed at rest: from /lapor and the intake form, and old plain rows at start.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePost, makeUnit, makeUser } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { unseal } from "../../src/modules/reports/identity.js";
import { sealPlainDisabilityTypes } from "../../src/modules/reports/seal-plain-disability-types.js";
import type { Db } from "../../src/platform/db/connection.js";
import { loadConfig } from "../../src/server/config.js";
import { openContext } from "../../src/server/context.js";
import { Client } from "../helpers/client.js";
import { WALK_IN } from "../helpers/intake-body.js";
import { processDatabase } from "../helpers/process-database.js";
import { baseForm, urlencoded } from "../helpers/report-form.js";
import { DATABASES, startTestApp, type TestApp, testKeys } from "../helpers/test-app.js";

interface Stored {
  victim_disability_type: string | null;
  victim_disability_type_enc: string | null;
}
const stored = async (db: Db, id: string) =>
  (
    (await db.execute(
      sql`SELECT victim_disability_type, victim_disability_type_enc FROM reports WHERE id = ${id}`,
    )) as unknown as { rows: Stored[] }
  ).rows[0] as Stored;
/** The plain column is empty and the sealed one names nothing of `value` (read from the database itself). */
const expectSealed = (row: Stored, value: string) => {
  expect(row.victim_disability_type).toBeNull();
  expect(row.victim_disability_type_enc).toMatch(/^v1\./);
  for (const word of value.split(/\W+/).filter((w) => w.length > 3)) expect(row.victim_disability_type_enc).not.toContain(word);
};
/** Makes a stored row look as it did before migration 0013: the type in plain text, nothing sealed. */
const makePlain = (db: Db, id: string, value: string) =>
  db.execute(sql`UPDATE reports SET victim_disability_type = ${value}, victim_disability_type_enc = NULL WHERE id = ${id}`);

describe.each(DATABASES)("the disability type sealed on %s", (kind) => {
  let t: TestApp;
  let unitId: string;
  let post: string;
  let officer: Client;

  beforeAll(async () => {
    t = await startTestApp(kind, { reportSubmitsPerHour: 100 });
    const db = t.ctx.database.db;
    unitId = (await makeUnit(db)).id;
    post = (await makePost(db, unitId)).id;
    const u = await makeUser(t.ctx, db, { roles: [{ role: "intake_officer", unitId }] });
    officer = new Client(t.app);
    expect((await officer.signIn(u.username, u.password)).status).toBe(200);
  });
  afterAll(() => t.close());

  const identity = async (id: string) => {
    const res = await officer.post(`/reports/${id}/identity`);
    expect(res.status).toBe(200);
    return res.body.victimDisabilityType as string | null;
  };

  it("from the public report: sealed in the row, shown to the officer; left empty when not filled", async () => {
    const getKey = async () =>
      /name="idempotencyKey" value="([^"]+)"/.exec((await t.app.inject({ method: "GET", url: "/lapor" })).body)?.[1] ?? "";
    const send = async (over: Record<string, string>) => {
      const res = await t.app.inject({
        method: "POST",
        url: "/lapor",
        payload: urlencoded(baseForm(await getKey(), over)),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      expect(res.statusCode, res.body.slice(0, 1000)).toBe(200);
      const code = /id="tracking-code">([^<]+)</.exec(res.body)?.[1] ?? "";
      const [row] = (
        (await t.ctx.database.db.execute(sql`SELECT id FROM reports WHERE tracking_code = ${code}`)) as unknown as {
          rows: { id: string }[];
        }
      ).rows;
      return row?.id as string;
    };
    const id = await send({ victimDisability: "yes", victimDisabilityType: "Tunarungu wicara" });
    expectSealed(await stored(t.ctx.database.db, id), "Tunarungu wicara");
    expect(await identity(id)).toBe("Tunarungu wicara");
    const none = await send({ victimDisability: "no" });
    expect(await stored(t.ctx.database.db, none)).toEqual({ victim_disability_type: null, victim_disability_type_enc: null });
    expect(await identity(none)).toBeNull();
  });

  it("from the intake form, created and edited: sealed in the row, shown in the identity the form is filled from", async () => {
    const body = { ...WALK_IN, unitId, postId: post, victimDisability: true, victimDisabilityType: "Tunanetra sejak lahir" };
    const created = await officer.post("/reports", body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    expectSealed(await stored(t.ctx.database.db, id), "Tunanetra sejak lahir");
    expect(await identity(id)).toBe("Tunanetra sejak lahir");
    const edited = await officer.put(`/reports/${id}/intake`, {
      ...body,
      victimDisabilityType: "Disabilitas intelektual",
      version: 1,
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expectSealed(await stored(t.ctx.database.db, id), "Disabilitas intelektual");
    expect(await identity(id)).toBe("Disabilitas intelektual");
  });

  it("a row stored in plain text before is still read, sealed by the start's step (again: nothing), and still read", async () => {
    const db = t.ctx.database.db;
    const id = (await makeReport(t.ctx, db, { unitId, victimDisabilityType: "Tunadaksa" })).id;
    expectSealed(await stored(db, id), "Tunadaksa");
    await makePlain(db, id, "Tunadaksa kaki kiri");
    expect(await identity(id)).toBe("Tunadaksa kaki kiri");
    expect(await sealPlainDisabilityTypes(t.ctx.database, t.ctx.cipher)).toBe(1);
    const row = await stored(db, id);
    expectSealed(row, "Tunadaksa kaki kiri");
    expect(unseal(t.ctx.cipher, "victim_disability_type", row.victim_disability_type_enc)).toBe("Tunadaksa kaki kiri");
    expect(await identity(id)).toBe("Tunadaksa kaki kiri");
    expect(await sealPlainDisabilityTypes(t.ctx.database, t.ctx.cipher)).toBe(0);
    expect(await stored(db, id)).toEqual(row);
  });

  it("an intake edit of a plain row writes it sealed and empties the plain column", async () => {
    const db = t.ctx.database.db;
    const body = { ...WALK_IN, unitId, postId: post, victimDisability: true, victimDisabilityType: "Tunarungu" };
    const id = (await officer.post("/reports", body)).body.id as string;
    await makePlain(db, id, "Tunarungu");
    const edited = await officer.put(`/reports/${id}/intake`, { ...body, victimDisabilityType: "Tunarungu berat", version: 1 });
    expect(edited.status).toBe(200);
    expectSealed(await stored(db, id), "Tunarungu berat");
    expect(await sealPlainDisabilityTypes(t.ctx.database, t.ctx.cipher)).toBe(0);
    expect(await identity(id)).toBe("Tunarungu berat");
  });
});

describe.each(DATABASES)("a server start on %s", (kind) => {
  it("seals the plain rows of the database before it serves, in batches (more rows than one batch)", async () => {
    const keys = testKeys();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "teduh-seal-"));
    const pg = kind === "postgres" ? await processDatabase("teduh_seal") : null;
    const env = { ...keys, ...(pg ? { DATABASE_URL: pg.env.DATABASE_URL } : { TEDUH_DATA_DIR: dataDir }), LOG_LEVEL: "silent" };
    try {
      const first = await openContext(loadConfig(env), env);
      const unitId = (await makeUnit(first.database.db)).id;
      const ids: string[] = [];
      for (let i = 0; i < 503; i++) ids.push((await makeReport(first, first.database.db, { unitId })).id);
      await first.database.db.execute(
        sql`UPDATE reports SET victim_disability_type = 'Tunawicara ' || substr(id::text, 1, 8), victim_disability_type_enc = NULL`,
      );
      await first.database.close();

      const second = await openContext(loadConfig(env), env);
      try {
        const plain = (
          (await second.database.db.execute(
            sql`SELECT count(*)::int AS n FROM reports WHERE victim_disability_type IS NOT NULL OR victim_disability_type_enc IS NULL`,
          )) as unknown as { rows: { n: number }[] }
        ).rows[0]?.n;
        expect(plain).toBe(0);
        for (const id of [ids[0], ids[502]] as string[]) {
          const row = await stored(second.database.db, id);
          expectSealed(row, "Tunawicara");
          expect(unseal(second.cipher, "victim_disability_type", row.victim_disability_type_enc)).toBe(
            `Tunawicara ${id.slice(0, 8)}`,
          );
        }
      } finally {
        await second.database.close();
      }
    } finally {
      await pg?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
