// Picks the request's language and translates catalogue keys, with {placeholders}.
import { en } from "./en.js";
import { id } from "./id.js";

export type Lang = "id" | "en";
export type MessageKey = keyof typeof id;
const catalogues: Record<Lang, Record<MessageKey, string>> = { id, en };

export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogues[lang][key] ?? id[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
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
