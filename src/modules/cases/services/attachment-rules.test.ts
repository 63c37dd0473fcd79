// The attachment type check reads the file's first bytes, not the name or the declared type alone.
import { describe, expect, it } from "vitest";
import { matchesType } from "./attachment-rules.js";

describe("attachment type check", () => {
  const pdf = Buffer.from("%PDF-1.7\n...");
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]);
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]);
  it.each([
    [pdf, "application/pdf", true],
    [png, "image/png", true],
    [jpeg, "image/jpeg", true],
    [pdf, "image/png", false],
    [png, "application/pdf", false],
    [Buffer.from("<html>"), "image/jpeg", false],
    [Buffer.from([0x89, 0x50]), "image/png", false],
  ] as const)("%#: declared %s -> %s", (bytes, type, ok) => {
    expect(matchesType(bytes, type)).toBe(ok);
  });
});
