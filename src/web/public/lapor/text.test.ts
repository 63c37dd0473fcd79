// The public report pages' catalogue: Bahasa Indonesia and English have the same keys, each filled, with the same placeholders.
import { describe, expect, it } from "vitest";
import { publicEn } from "../../../modules/reports/messages/public.en.js";
import { publicId } from "../../../modules/reports/messages/public.id.js";
import { laporLang, retryText, textFor } from "./text.js";

/** The parameters a text takes: {name}, and {name, plural, ...} (a count chosen by its number in English). */
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();

describe("public report catalogue", () => {
  it("has the same keys, non-empty, with the same placeholders in both languages", () => {
    expect(Object.keys(publicEn).sort()).toEqual(Object.keys(publicId).sort());
    for (const [key, id] of Object.entries(publicId)) {
      const en = publicEn[key as keyof typeof publicId];
      expect(id.trim(), key).not.toBe("");
      expect(en.trim(), key).not.toBe("");
      expect(placeholders(en), key).toEqual(placeholders(id));
    }
  });

  it("keeps the page title neutral in both languages", () => {
    for (const title of [publicId["reports.public.title"], publicEn["reports.public.title"]]) {
      expect(title).not.toMatch(/kekerasan|violence|lapor|report|korban|victim/i);
    }
  });

  it("defaults to Bahasa Indonesia and escapes what it returns", () => {
    expect(laporLang({})).toBe("id");
    expect(laporLang({ lang: "en" })).toBe("en");
    expect(laporLang({ lang: ["en"] })).toBe("id");
    expect(textFor("en")("err.required", { field: "<b>" })).toBe("&lt;b&gt;: required.");
  });

  it("says a wait in whole minutes, rounded up, with the English plural", () => {
    expect(retryText("id", 61)).toBe("Coba lagi dalam 2 menit.");
    expect(retryText("en", 1)).toBe("Try again in 1 minute.");
    expect(retryText("en", 60)).toBe("Try again in 1 minute.");
    expect(retryText("en", 3599)).toBe("Try again in 60 minutes.");
  });
});
