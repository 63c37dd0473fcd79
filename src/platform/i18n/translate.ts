// Picks the request's language and translates catalogue keys, with {placeholders} and plural forms.
import { en } from "./en.js";
import { id } from "./id.js";

export type Lang = "id" | "en";
export type MessageKey = keyof typeof id;
const catalogues: Record<Lang, Record<MessageKey, string>> = { id, en };

/**
 * A plural choice in ICU's form: `{seconds, plural, one {# second} other {# seconds}}`, `#` standing for the number,
 * a form chosen by `=n` first, then by the language's plural category (Intl.PluralRules), then `other`. Bahasa
 * Indonesia has no plural: its strings just say `{seconds} detik`.
 */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_FORM = /(=\d+|\w+)\s*\{([^{}]*)\}/g;
const pluralRules: Record<Lang, Intl.PluralRules> = { id: new Intl.PluralRules("id"), en: new Intl.PluralRules("en") };

function choosePlurals(lang: Lang, template: string, params: Record<string, string | number>): string {
  return template.replace(PLURAL, (_, name: string, forms: string) => {
    const value = params[name];
    const count = Number(value);
    if (value === undefined || value === "" || !Number.isFinite(count)) return `{${name}}`;
    const byKey = new Map([...forms.matchAll(PLURAL_FORM)].map((m) => [m[1] as string, m[2] as string]));
    const form = byKey.get(`=${count}`) ?? byKey.get(pluralRules[lang].select(count)) ?? byKey.get("other") ?? "";
    return form.replace(/#/g, String(value));
  });
}

export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const found = catalogues[lang][key];
  const template = found ?? id[key] ?? key;
  const chosen = template.includes(", plural,") ? choosePlurals(found ? lang : "id", template, params) : template;
  return chosen.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export function hasKey(key: string): key is MessageKey {
  return key in id;
}

/** The `teduh_lang` cookie wins, then Accept-Language; Bahasa Indonesia by default. */
export function pickLanguage(cookie: string | undefined, acceptLanguage: string | undefined): Lang {
  if (cookie === "en" || cookie === "id") return cookie;
  const first = (acceptLanguage ?? "").split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "id";
}
