// Form controls of the public pages: every control labelled, its error beside it (aria-describedby, aria-invalid), values escaped.
import type { FieldErrorKind, PublicField } from "../../../modules/reports/public/contracts.js";
import { escapeHtml } from "../verify/page-layout.js";
import type { PublicKey, T } from "./text.js";

export type Values = Record<string, string | string[]>;

export interface FieldCtx {
  t: T;
  raw: (key: PublicKey) => string;
  values: Values;
  errors: Partial<Record<PublicField, FieldErrorKind>>;
}

const one = (v: Values, name: string) => {
  const x = v[name];
  return Array.isArray(x) ? (x[0] ?? "") : (x ?? "");
};

/** The label's text without the "required" star, for error messages. */
export function fieldName(raw: (key: PublicKey) => string, key: PublicKey): string {
  return raw(key).replace(/\s*\*$/, "");
}

function errorOf(c: FieldCtx, name: string, key: PublicKey): { html: string; attrs: string } {
  const kind = c.errors[name as PublicField];
  if (!kind) return { html: "", attrs: "" };
  return {
    html: `<p class="err" id="${name}-error">${c.t(`err.${kind}`, { field: fieldName(c.raw, key) })}</p>`,
    attrs: ` aria-describedby="${name}-error" aria-invalid="true"`,
  };
}

export function textField(
  c: FieldCtx,
  name: string,
  key: PublicKey,
  opts: { type?: string; max?: number; required?: boolean; area?: boolean; extra?: string } = {},
): string {
  const e = errorOf(c, name, key);
  const attrs = `id="${name}" name="${name}"${opts.max ? ` maxlength="${opts.max}"` : ""}${opts.required ? " required" : ""} autocomplete="off"${e.attrs}${opts.extra ?? ""}`;
  const value = escapeHtml(one(c.values, name));
  const control = opts.area
    ? `<textarea ${attrs}>${value}</textarea>`
    : `<input type="${opts.type ?? "text"}" ${attrs} value="${value}">`;
  return `<label for="${name}">${c.t(key)}</label>${e.html}${control}`;
}

/** Radio buttons or checkboxes in a group whose question labels it. */
export function choiceField(
  c: FieldCtx,
  name: string,
  key: PublicKey,
  options: readonly string[],
  optionKey: (value: string) => PublicKey,
  opts: { multiple?: boolean; required?: boolean } = {},
): string {
  const e = errorOf(c, name, key);
  const chosen = [c.values[name] ?? []].flat();
  const type = opts.multiple ? "checkbox" : "radio";
  const items = options
    .map((value, i) => {
      const id = `${name}-${value}`;
      const checked = chosen.includes(value) ? " checked" : "";
      const required = opts.required && !opts.multiple && i === 0 ? " required" : "";
      return `<div class="opt"><input type="${type}" id="${id}" name="${name}" value="${value}"${checked}${required}><label for="${id}">${c.t(optionKey(value))}</label></div>`;
    })
    .join("");
  return `<div role="group" id="${name}" tabindex="-1" aria-labelledby="${name}-q"${e.attrs}><p class="q" id="${name}-q">${c.t(key)}</p>${e.html}${items}</div>`;
}

export function selectField(
  c: FieldCtx,
  name: string,
  key: PublicKey,
  options: readonly { value: string; label: string }[],
  opts: { required?: boolean } = {},
): string {
  const e = errorOf(c, name, key);
  const chosen = one(c.values, name);
  const items = options
    .map((o) => `<option value="${escapeHtml(o.value)}"${o.value === chosen ? " selected" : ""}>${escapeHtml(o.label)}</option>`)
    .join("");
  return `<label for="${name}">${c.t(key)}</label>${e.html}<select id="${name}" name="${name}"${opts.required ? " required" : ""}${e.attrs}><option value="">${c.t("choose")}</option>${items}</select>`;
}
