// The reporter's stage: from the complaint's status until a case exists, then from the case's status.
import { describe, expect, it } from "vitest";
import { CASE_STATUSES } from "../cases/transitions.js";
import { REPORT_STATUSES, reporterStage } from "./categories.js";

describe("reporterStage", () => {
  it("maps every complaint status to a stage the reporter may know", () => {
    expect(REPORT_STATUSES.map((s) => reporterStage(s))).toEqual(["received", "verifying", "verifying", "closed", "closed"]);
  });
  it("once a case exists, its status decides", () => {
    expect(CASE_STATUSES.map((s) => reporterStage("awaiting_approval", s))).toEqual([
      "verifying",
      "handled",
      "handled",
      "handled",
      "closed",
    ]);
  });
});
