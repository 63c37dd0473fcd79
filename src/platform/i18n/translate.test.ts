// Server messages: English counts read "1 second" / "2 seconds" (Intl.PluralRules), Indonesian has no plural; both catalogues
// take the same parameters.
import { describe, expect, it } from "vitest";
import { en } from "./en.js";
import { id } from "./id.js";
import { type MessageKey, translate } from "./translate.js";

describe("plural forms", () => {
  it("says 1 second and 2 seconds, 1 minute and 5 minutes in English", () => {
    expect(translate("en", "error.rate_limited", { seconds: 1 })).toBe("Too many attempts. Try again in 1 second.");
    expect(translate("en", "error.rate_limited", { seconds: 2 })).toBe("Too many attempts. Try again in 2 seconds.");
    expect(translate("en", "error.rate_limited", { seconds: 0 })).toBe("Too many attempts. Try again in 0 seconds.");
    expect(translate("en", "error.locked_out", { minutes: 1 })).toContain("Try again in 1 minute or contact");
    expect(translate("en", "error.locked_out", { minutes: 5 })).toContain("Try again in 5 minutes or contact");
  });

  it("takes counts given as strings (zod's limits) and pluralises characters and items", () => {
    expect(translate("en", "zod.too_small_string", { min: "1" })).toBe("needs at least 1 character");
    expect(translate("en", "zod.too_small_string", { min: "8" })).toBe("needs at least 8 characters");
    expect(translate("en", "zod.too_big_string", { max: "1" })).toBe("allows at most 1 character");
    expect(translate("en", "zod.too_small_array", { min: "1" })).toBe("needs at least 1 item");
    expect(translate("en", "zod.too_big_array", { max: "12" })).toBe("allows at most 12 items");
  });

  it("leaves Indonesian as it is: no plural", () => {
    expect(translate("id", "error.rate_limited", { seconds: 1 })).toBe("Terlalu banyak percobaan. Coba lagi dalam 1 detik.");
    expect(translate("id", "error.rate_limited", { seconds: 30 })).toBe("Terlalu banyak percobaan. Coba lagi dalam 30 detik.");
    expect(translate("id", "zod.too_small_array", { min: "1" })).toBe("minimal 1 butir");
  });

  it("shows the placeholder, not a form, when the count is missing", () => {
    expect(translate("en", "error.rate_limited")).toBe("Too many attempts. Try again in {seconds}.");
  });
});

describe("the catalogues", () => {
  const parameters = (text: string) =>
    [...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1] as string).sort((a, b) => a.localeCompare(b));
  const keys = Object.keys(id) as MessageKey[];

  it("take the same parameters in both languages", () => {
    const differing = keys.filter((key) => parameters(id[key]).join() !== parameters(en[key]).join());
    expect(differing).toEqual([]);
  });

  it("give every English plural an 'other' form and leave no plural syntax behind once translated", () => {
    for (const key of keys.filter((k) => en[k].includes(", plural,"))) {
      expect(en[key], key).toMatch(/other \{/);
      const params = Object.fromEntries(parameters(en[key]).map((name) => [name, 3]));
      expect(translate("en", key, params), key).not.toMatch(/plural|[{}#]/);
    }
    expect(keys.filter((k) => id[k].includes(", plural,"))).toEqual([]);
  });

  it("leave no English count of a noun without its plural form", () => {
    // "{minutes} minutes", "{min} characters": a number followed by a plural noun must be a plural choice instead.
    const bare = keys.filter((key) => /\{(?:seconds|minutes|hours|days|count|min|max|n)\} [a-z]+s\b/.test(en[key]));
    expect(bare).toEqual([]);
  });
});
