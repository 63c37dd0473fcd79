// The set-up and reset links carry their token in the fragment: "#token=…".
import { describe, expect, it } from "vitest";
import { readHashToken } from "./hashToken";

describe("readHashToken", () => {
  it("reads the token from the fragment", () => {
    expect(readHashToken("#token=abc-123")).toBe("abc-123");
  });
  it("returns an empty string when there is no token", () => {
    expect(readHashToken("")).toBe("");
    expect(readHashToken("#other=1")).toBe("");
  });
});
