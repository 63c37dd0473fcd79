// randomId gives UUIDs the server's contract accepts (z.uuid), and different ones each time.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { randomId } from "./randomId";

describe("randomId", () => {
  it("is a version 4 UUID, new each time", () => {
    const ids = Array.from({ length: 200 }, randomId);
    for (const id of ids) expect(z.uuid().safeParse(id).success).toBe(true);
    expect(new Set(ids).size).toBe(200);
  });
});
