// The verification pages' text: both languages complete with the same keys and placeholders, and nothing revealing.
import { describe, expect, it } from "vitest";
import { REVEALING } from "../../../../test/helpers/neutral-words.js";
import { PAGE_TEXT, pageLang } from "./i18n.js";

describe("verification page text", () => {
  it("id and en have the same keys, none empty", () => {
    expect(Object.keys(PAGE_TEXT.en).sort()).toEqual(Object.keys(PAGE_TEXT.id).sort());
    for (const lang of ["id", "en"] as const) {
      expect(Object.entries(PAGE_TEXT[lang]).filter(([, v]) => !v.trim())).toEqual([]);
    }
  });
  it("uses the same placeholders in both languages", () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of Object.entries(PAGE_TEXT.id)) {
      expect(vars(PAGE_TEXT.en[key as keyof typeof PAGE_TEXT.en]), key).toEqual(vars(value));
    }
  });
  it("never names violence, a case or the unit", () => {
    for (const lang of ["id", "en"] as const) {
      for (const [key, value] of Object.entries(PAGE_TEXT[lang])) {
        for (const word of REVEALING) expect(value, `${lang}.${key}`).not.toMatch(word);
      }
    }
  });
  it("takes the language from the query only, Indonesian by default", () => {
    expect(pageLang({ lang: "en" })).toBe("en");
    expect(pageLang({ lang: ["en"] })).toBe("id");
    expect(pageLang(undefined)).toBe("id");
  });
});
