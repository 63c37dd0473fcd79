// A file is offered for upload only when the server would take it: PDF, JPEG or PNG, not empty, at most 180 KiB.
import { describe, expect, it } from "vitest";
import { attachmentProblem } from "./readFile";

describe("attachmentProblem", () => {
  it("accepts the server's types within its size", () => {
    expect(attachmentProblem({ type: "application/pdf", size: 1000 })).toBeNull();
    expect(attachmentProblem({ type: "image/png", size: 180 * 1024 })).toBeNull();
  });
  it("refuses other types, empty and too large files", () => {
    expect(attachmentProblem({ type: "image/gif", size: 10 })).toBe("type");
    expect(attachmentProblem({ type: "image/jpeg", size: 0 })).toBe("size");
    expect(attachmentProblem({ type: "image/jpeg", size: 180 * 1024 + 1 })).toBe("size");
  });
});
