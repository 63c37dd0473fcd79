// Form helpers: a small zod resolver with translated messages, and server field errors onto a form.
import type { FormErrors } from "@mantine/form";
import type { z } from "zod";
import { ApiError } from "../api/client";
import i18n from "../i18n";

type Issue = z.core.$ZodIssue;

function issueMessage(issue: Issue, overrides: Record<string, string>): string {
  const path = issue.path.join(".");
  const t = i18n.t.bind(i18n);
  if (overrides[path] && issue.code !== "too_small") return t(overrides[path]);
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1 ? t("validation.required") : t("validation.tooShort", { min: Number(issue.minimum) });
      }
      if (issue.origin === "number") return t("validation.tooSmall", { min: Number(issue.minimum) });
      return t("validation.required");
    case "too_big":
      if (issue.origin === "string") return t("validation.tooLong", { max: Number(issue.maximum) });
      if (issue.origin === "number") return t("validation.tooBig", { max: Number(issue.maximum) });
      return t("validation.invalid");
    case "invalid_format":
      return issue.format === "email" ? t("validation.email") : t("validation.format");
    case "invalid_type":
      return t("validation.required");
    case "invalid_value":
      return t("validation.choose");
    default:
      return t("validation.invalid");
  }
}

/**
 * Builds a Mantine form `validate` function: maps the form values to the request body, checks it
 * with the shared zod schema, and returns translated messages keyed by dotted path.
 */
export function zodValidate<V, B>(
  schema: z.ZodType<B>,
  toBody: (values: V) => unknown,
  overrides: Record<string, string> = {},
): (values: V) => FormErrors {
  return (values: V) => {
    const result = schema.safeParse(toBody(values));
    if (result.success) return {};
    const errors: FormErrors = {};
    for (const issue of result.error.issues) {
      const path = issue.path.join(".");
      if (!errors[path]) errors[path] = issueMessage(issue, overrides);
    }
    return errors;
  };
}

/** Empty text becomes null, so optional fields are sent as "not given". */
export function orNull(value: string | null | undefined): string | null {
  const trimmed = (value ?? "").trim();
  return trimmed === "" ? null : trimmed;
}

type FormWithErrors = { setFieldError: (path: string, error: React.ReactNode) => void };

/** Puts the server's field messages under the matching fields (renaming paths the form calls otherwise); returns their paths. */
export function applyServerErrors(form: FormWithErrors, error: unknown, rename: Record<string, string> = {}): string[] {
  if (!(error instanceof ApiError)) return [];
  return error.fields.map((field) => {
    const path = rename[field.path] ?? field.path;
    form.setFieldError(path, field.message);
    return path;
  });
}

/**
 * Moves focus (and so the screen) to the first field on the page, in its order, that has one of these errors; for a group
 * (checkboxes, whose wrapper holds the path), to its first box.
 */
export function focusFirstError(paths: string[]): void {
  const fields = [...document.querySelectorAll<HTMLElement>("[data-path]")];
  const field = fields.find((f) => paths.includes(f.dataset.path ?? ""));
  if (!field) return;
  const focusable = field.matches("input, select, textarea, button")
    ? field
    : field.querySelector<HTMLElement>("input, select, textarea, button");
  (focusable ?? field).focus();
}
