// The public report pages' language (Bahasa Indonesia unless ?lang=en) and their strings from the server catalogue, escaped.
import type { publicId } from "../../../modules/reports/messages/public.id.js";
import { type Lang, translate } from "../../../platform/i18n/translate.js";
import { escapeHtml } from "../verify/page-layout.js";

export type PublicKey = keyof typeof publicId extends `reports.public.${infer K}` ? K : never;
export type T = (key: PublicKey, params?: Record<string, string | number>) => string;

export function laporLang(query: unknown): Lang {
  return (query as { lang?: unknown } | null)?.lang === "en" ? "en" : "id";
}

/** Each language's text function, and its escaped strings without parameters, made once (the catalogue is fixed). */
const texts = new Map<Lang, T>();

/** Escaped text of `reports.public.<key>`. */
export function textFor(lang: Lang): T {
  let t = texts.get(lang);
  if (!t) {
    const plain = new Map<string, string>();
    t = (key, params) => {
      if (params) return escapeHtml(translate(lang, `reports.public.${key}` as keyof typeof publicId, params));
      let text = plain.get(key);
      if (text === undefined) {
        text = escapeHtml(translate(lang, `reports.public.${key}` as keyof typeof publicId));
        plain.set(key, text);
      }
      return text;
    };
    texts.set(lang, t);
  }
  return t;
}

/** A path on these pages, keeping the language. */
export function hrefFor(path: string, lang: Lang): string {
  return lang === "en" ? `${path}?lang=en` : path;
}

/** Unescaped text of `reports.public.<key>` (for use as a parameter of another, escaped, message). */
export function rawTextFor(lang: Lang): (key: PublicKey) => string {
  return (key) => translate(lang, `reports.public.${key}` as keyof typeof publicId);
}

/** "Try again in n minutes." for a wait of `seconds`, in whole minutes rounded up (at least 1), escaped. */
export function retryText(lang: Lang, seconds: number): string {
  return textFor(lang)("retry_in", { count: Math.max(1, Math.ceil(seconds / 60)) });
}
