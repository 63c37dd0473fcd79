// Property tests of cleanTyped: what comes out holds no invisible control character, and visible text passes unchanged.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanTyped } from "./typed-text.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const wellFormed = (s: string) => Buffer.from(s, "utf8").toString("utf8") === s;

describe("cleanTyped", () => {
  it("leaves no control character, bidi override or lone surrogate, whatever is pasted", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        const out = cleanTyped(s);
        expect(FORBIDDEN.test(out)).toBe(false);
        expect(wellFormed(out)).toBe(true);
        expect(cleanTyped(out)).toBe(out);
      }),
    );
  });

  it("changes nothing in visible text: letters of any script, emoji, tabs and line breaks", () => {
    const visible = fc.string({ unit: "grapheme", maxLength: 200 }).filter((s) => !FORBIDDEN.test(s));
    fc.assert(
      fc.property(visible, (s) => {
        expect(cleanTyped(s)).toBe(s);
      }),
    );
    expect(cleanTyped("Baris satu\r\n\tBaris dua 👩🏽‍⚕️ مرحبا")).toBe("Baris satu\r\n\tBaris dua 👩🏽‍⚕️ مرحبا");
  });

  it("keeps a pasted line break as one, drops NUL and overrides, marks half a surrogate pair", () => {
    expect(cleanTyped("Dipukul\u000bdi rumah\u2028pagi")).toBe("Dipukul\ndi rumah\npagi");
    expect(cleanTyped("Tuna\u0000rungu\u202e")).toBe("Tunarungu");
    expect(cleanTyped("a\ud800b")).toBe("a\ufffdb");
  });
});
