// jsonRow reads a row from several parts: column names, a later part's value first, undefined values left out.
import { integer, pgTable, text } from "drizzle-orm/pg-core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonRow } from "./insert-json-rows.js";

const probe = pgTable("probe", {
  label: text("label_text"),
  note: text("note"),
  n: integer("n_value"),
});

describe("jsonRow", () => {
  it("names the columns by their SQL names, in the order first given, and leaves out undefined and unknown keys", () => {
    const row = jsonRow(probe, { note: "a", label: undefined, ...({ other: 1 } as object) }, { n: 3 });
    expect(row.columns).toEqual(["note", "n_value"]);
    expect(JSON.parse(row.json)).toEqual({ note: "a", n_value: 3 });
  });

  it("reads like one object spread from its parts, except that a later undefined leaves the earlier value", () => {
    const part = fc.record(
      {
        label: fc.option(fc.string(), { nil: null }),
        note: fc.option(fc.string(), { nil: null }),
        n: fc.option(fc.integer(), { nil: null }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 4 }), (parts) => {
        const merged = Object.assign({}, ...parts) as Record<string, unknown>;
        const names: Record<string, string> = { label: "label_text", note: "note", n: "n_value" };
        const expected = Object.fromEntries(Object.entries(merged).map(([k, v]) => [names[k], v]));
        const row = jsonRow(probe, ...parts);
        expect(JSON.parse(row.json)).toEqual(expected);
        expect([...row.columns].sort()).toEqual(Object.keys(expected).sort());
      }),
    );
  });
});
