// Turns zod issues into translated messages that name each field.
import type { z } from "zod";
import { hasKey, type Lang, type MessageKey, translate } from "../i18n/translate.js";
import type { FieldError } from "./errors.js";

function issueKey(issue: z.core.$ZodIssue, input: unknown): [MessageKey, Record<string, string | number>] {
  switch (issue.code) {
    case "invalid_type":
      return [input === undefined ? "zod.required" : "zod.invalid_type", {}];
    case "too_small": {
      const kind = issue.origin === "string" ? "string" : issue.origin === "array" ? "array" : "number";
      return [`zod.too_small_${kind}` as MessageKey, { min: String(issue.minimum) }];
    }
    case "too_big": {
      const kind = issue.origin === "string" ? "string" : issue.origin === "array" ? "array" : "number";
      return [`zod.too_big_${kind}` as MessageKey, { max: String(issue.maximum) }];
    }
    case "invalid_format":
      if (issue.format === "email") return ["zod.invalid_email", {}];
      if (issue.format === "uuid") return ["zod.invalid_uuid", {}];
      return ["zod.invalid_format", {}];
    case "invalid_value":
      return ["zod.invalid_value", {}];
    case "unrecognized_keys":
      return ["zod.unrecognized_keys", {}];
    default:
      return ["zod.invalid", {}];
  }
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

export function fieldLabel(lang: Lang, path: PropertyKey[]): string {
  const named = [...path].reverse().find((p) => typeof p === "string") as string | undefined;
  const key = `field.${named ?? "body"}`;
  return hasKey(key) ? translate(lang, key) : (named ?? translate(lang, "field.body"));
}

export function translateIssues(lang: Lang, error: z.ZodError, input: unknown): FieldError[] {
  return error.issues.map((issue) => {
    const [key, params] = issueKey(issue, valueAt(input, issue.path));
    const label = fieldLabel(lang, issue.path);
    const message = `${label.charAt(0).toUpperCase()}${label.slice(1)} ${translate(lang, key, params)}`;
    return { path: issue.path.map(String).join("."), message };
  });
}
