// Every code the services screens label has a string in both languages: service types, statuses, moves, sections, the
// police-report states, and each timeline event the services backend writes (read from its ServicesTimelineEvent type).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { en, id } from "../../i18n/catalogue";
import { ASSESSMENT_SECTIONS, INTERVENTION_MOVES, INTERVENTION_STATUSES, PLAN_AGREED_VIA, SERVICE_TYPES } from "./contracts";

const lookup = (tree: unknown, key: string) =>
  key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

const stepFile = fileURLToPath(new URL("../../../../../modules/cases/services/service-step.ts", import.meta.url));
const timelineCodes = [
  ...(readFileSync(stepFile, "utf8").match(/type ServicesTimelineEvent =([^;]+);/)?.[1] ?? "").matchAll(/"([a-z_]+)"/g),
].map((m) => m[1] as string);

const keys = [
  ...SERVICE_TYPES.map((s) => `services.types.${s}`),
  ...INTERVENTION_STATUSES.map((s) => `services.interventionStatus.${s}`),
  ...PLAN_AGREED_VIA.map((v) => `services.agreedVia.${v}`),
  ...["client", "guardian"].map((b) => `services.agreedBy.${b}`),
  ...ASSESSMENT_SECTIONS.flatMap((s) => [`services.sections.${s}`, `services.sectionHelp.${s}`]),
  ...["draft", "final"].map((s) => `services.assessment.status.${s}`),
  ...["pending", "overdue", "met", "waived"].map((s) => `services.police.state.${s}`),
  ...["meet", "waive"].flatMap((k) => [`services.police.${k}`, `services.police.${k}Title`, `services.police.${k}Help`]),
  ...["type", "size"].map((p) => `services.session.attachment_${p}`),
  ...Object.entries(INTERVENTION_MOVES).flatMap(([from, to]) => Object.keys(to).map((t) => `services.move.${from}_${t}`)),
  ...timelineCodes.map((code) => `cases.timelineEvents.${code}`),
];

describe("services labels", () => {
  it("reads the backend's timeline codes", () => {
    expect(timelineCodes).toContain("assessment_finalised");
    expect(timelineCodes.length).toBeGreaterThanOrEqual(9);
  });
  for (const [lang, catalogue] of Object.entries({ id, en })) {
    it(`${lang} has a string for every code`, () => {
      expect(keys.filter((key) => typeof lookup(catalogue, key) !== "string")).toEqual([]);
    });
  }
});
