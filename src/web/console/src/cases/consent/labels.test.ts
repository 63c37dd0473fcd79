// Every code the consent screens turn into a label (purposes, states, relationships, survey questions, methods, channels,
// link states, the consent timeline events) has a string in both catalogues.
import { describe, expect, it } from "vitest";
import { en, id } from "../../i18n/catalogue";
import {
  CLIENT_LINK_STATES,
  CONSENT_PURPOSES,
  CONSENT_STATES,
  GUARDIAN_RELATIONSHIPS,
  SIGNING_METHODS,
  SURVEY_QUESTIONS,
  VERIFICATION_CHANNELS,
} from "./contracts";

const TIMELINE = [
  "client_link_created",
  "client_link_revoked",
  "consent_recorded",
  "consent_withdrawn",
  "termination_form_recorded",
];

const keys = [
  ...CONSENT_PURPOSES.map((p) => `consent.purposes.${p}`),
  ...CONSENT_STATES.map((s) => `consent.states.${s}`),
  ...GUARDIAN_RELATIONSHIPS.map((r) => `consent.signer.relationships.${r}`),
  ...SURVEY_QUESTIONS.map((q) => `consent.feedback.questions.${q}`),
  ...SIGNING_METHODS.map((m) => `consent.methods.${m}`),
  ...["typed", "drawn"].map((k) => `consent.signer.kinds.${k}`),
  ...["granted", "refused", "skip"].map((d) => `consent.inPerson.decisions.${d}`),
  ...VERIFICATION_CHANNELS.map((c) => `verification.channels.${c}`),
  ...CLIENT_LINK_STATES.map((s) => `verification.states.${s}`),
  ...TIMELINE.map((e) => `cases.timelineEvents.${e}`),
];

function lookup(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe("consent labels", () => {
  for (const [lang, catalogue] of Object.entries({ id, en })) {
    it(`${lang} names every code the consent screens show`, () => {
      expect(keys.filter((key) => typeof lookup(catalogue, key) !== "string")).toEqual([]);
    });
  }
  it("the timeline labels cover every step the consent backend writes", async () => {
    const { readFile } = await import("node:fs/promises");
    const source = await readFile(new URL("../../../../../modules/cases/consent/case-note-event.ts", import.meta.url), "utf8");
    const union = /ConsentTimelineEvent =([^;]+);/.exec(source)?.[1] ?? "";
    const written = [...union.matchAll(/"([a-z_]+)"/g)].map((m) => m[1]).sort();
    expect(written.length).toBeGreaterThan(0);
    expect(written).toEqual([...TIMELINE].sort());
  });
});
