// Every translation key the console's code uses exists in the catalogue (literal and per-constant keys).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EVIDENCE_TYPES, PARTNER_KINDS, PROFESSIONS, ROLES, UNIT_KINDS } from "../contracts";
import { id } from "./catalogue";

const srcDir = fileURLToPath(new URL("..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

function lookup(key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], id);
}

const literalKeys = new Set<string>();
for (const file of sourceFiles(srcDir)) {
  const text = readFileSync(file, "utf8");
  for (const m of text.matchAll(/\bt\(\s*"([a-zA-Z0-9_.]+)"/g)) literalKeys.add(m[1] as string);
  for (const m of text.matchAll(/"(validation\.[a-zA-Z]+)"/g)) literalKeys.add(m[1] as string);
}

const constantKeys = [
  ...ROLES.flatMap((r) => [`roles.${r}`, `roleWork.${r}`]),
  ...PROFESSIONS.map((p) => `professions.${p}`),
  ...PARTNER_KINDS.map((k) => `partnerKinds.${k}`),
  ...UNIT_KINDS.map((k) => `unitKinds.${k}`),
  ...["WIB", "WITA", "WIT"].map((z) => `timeZones.${z}`),
  ...EVIDENCE_TYPES.map((type) => `intake.evidence.type.${type.split("/")[1]}`),
];

describe("catalogue covers the code", () => {
  it("finds the literal keys used with t()", () => {
    expect(literalKeys.size).toBeGreaterThan(100);
  });
  it("has a string for every literal key", () => {
    expect([...literalKeys].filter((key) => typeof lookup(key) !== "string")).toEqual([]);
  });
  it("has a string for every role, profession, partner kind, unit kind, time zone and evidence type", () => {
    expect(constantKeys.filter((key) => typeof lookup(key) !== "string")).toEqual([]);
  });
});
