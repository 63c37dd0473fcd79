// Both translation catalogues carry exactly the same keys, none of them empty; English never counts with a plural noun.
import { describe, expect, it } from "vitest";
import { en, id } from "./catalogue";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const catalogues = { id: flatten(id as Tree), en: flatten(en as Tree) };

describe("translation catalogues", () => {
  it("id and en have identical key sets", () => {
    expect([...catalogues.en.keys()].sort()).toEqual([...catalogues.id.keys()].sort());
  });

  for (const [lang, entries] of Object.entries(catalogues)) {
    it(`${lang} has no empty values`, () => {
      const empty = [...entries].filter(([, value]) => value.trim() === "").map(([key]) => key);
      expect(empty).toEqual([]);
    });
  }

  it("uses the same interpolation variables in both languages", () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of catalogues.id) {
      expect(vars(catalogues.en.get(key) ?? ""), key).toEqual(vars(value));
    }
  });

  it("English puts no plural noun after a number, which reads '1 messages' (no _one/_other forms: 'Messages: 1')", () => {
    // Variables that hold words, not numbers.
    const words = new Set(["risk", "name", "code", "of", "reason"]);
    const counted = [...catalogues.en].filter(([, value]) =>
      [...value.matchAll(/\{\{(\w+)\}\} (?:[a-z]+ )?[a-z]+s\b/g)].some((m) => !words.has(m[1] ?? "")),
    );
    expect(counted.map(([key, value]) => `${key}: ${value}`)).toEqual([]);
  });
});
