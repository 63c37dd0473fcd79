// Rows inlined as a JSON literal come back exactly as written, whatever their text (quotes, backslashes, any Unicode).
import { sql } from "drizzle-orm";
import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonArray, jsonInsertSql, jsonRow, sqlLiteral } from "../../src/platform/db/insert-json-rows.js";
import { createTestDatabase, DATABASES, type TestDatabase } from "../helpers/test-app.js";

const probe = pgTable("json_rows_probe", {
  id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
  label: text("label").notNull(),
  note: text("note"),
  tags: text("tags").array(),
  n: integer("n").notNull().default(7),
  flag: boolean("flag"),
  at: timestamp("at", { withTimezone: true, precision: 3 }),
  extra: jsonb("extra"),
});

/** Text PostgreSQL can hold: anything but NUL (and no lone surrogates, which are not Unicode text). */
const pgText = fc.string({ unit: "grapheme", maxLength: 40 }).map((s) => s.replaceAll("\u0000", ""));
const tricky = fc.oneof(pgText, fc.constantFrom("'", "''", "\\", "\\'", "E'x'", "$$", "';DROP TABLE x;--", "\\u0000", "\n\t"));

describe.each(DATABASES)("JSON rows on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await t.database.db.execute(
      sql.raw(`CREATE TABLE json_rows_probe (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), label text NOT NULL, note text,
        tags text[], n integer NOT NULL DEFAULT 7, flag boolean, at timestamptz(3), extra jsonb)`),
    );
  });
  afterAll(() => t.drop());

  it("sqlLiteral reads back as the same text", async () => {
    await fc.assert(
      fc.asyncProperty(tricky, async (text) => {
        const result = await t.database.db.execute(sql.raw(`SELECT ${sqlLiteral(text)}::text AS v`));
        expect((result as unknown as { rows: { v: string }[] }).rows[0]?.v).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  it("rows turned into JSON (jsonRow) and inserted by jsonInsertSql come back as given, defaults where left out", async () => {
    const row = fc.record(
      {
        label: tricky,
        note: fc.option(tricky, { nil: null }),
        tags: fc.array(tricky, { maxLength: 3 }),
        n: fc.integer({ min: -1000, max: 1000 }),
        flag: fc.option(fc.boolean(), { nil: null }),
        at: fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        extra: fc.dictionary(fc.string({ maxLength: 5 }), tricky, { maxKeys: 3 }),
      },
      { requiredKeys: ["label"] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 6 }), async (rows) => {
        await t.database.db.execute(sql.raw("DELETE FROM json_rows_probe"));
        // Rows that leave out different columns go in separate statements, as the report writer sends them.
        const groups = new Map<string, ReturnType<typeof jsonRow>[]>();
        for (const r of rows.map((row) => jsonRow(probe, row))) {
          groups.set(r.columns.join(","), [...(groups.get(r.columns.join(",")) ?? []), r]);
        }
        const back: { id: string }[] = [];
        for (const group of groups.values()) {
          const text = jsonInsertSql(probe, group[0]?.columns ?? [], "$1::jsonb", { returning: ["id"] });
          const name = `probe_${group[0]?.columns.join("_")}`.slice(0, 60);
          for (const r of await t.database.prepared(name, text, [jsonArray(group)])) back.push({ id: String(r.id) });
        }
        expect(back).toHaveLength(rows.length);
        const stored = await t.database.db.select().from(probe);
        const byId = new Map(stored.map((s) => [s.id, s]));
        // RETURNING follows the order the rows were read in, within each group of rows that name the same columns.
        const expected = rows.map((r) => ({
          label: r.label,
          note: r.note ?? null,
          tags: r.tags ?? null,
          n: r.n ?? 7,
          flag: r.flag ?? null,
          at: r.at?.toISOString() ?? null,
          extra: r.extra ?? null,
        }));
        const got = back.map(({ id }) => {
          const s = byId.get(id);
          return { ...s, at: s?.at?.toISOString() ?? null, id: undefined };
        });
        const canon = (x: unknown[]) => x.map((v) => JSON.stringify(v, Object.keys(v as object).sort())).sort();
        expect(canon(got.map(({ id: _, ...rest }) => rest))).toEqual(canon(expected));
      }),
      { numRuns: 60 },
    );
  });
});
