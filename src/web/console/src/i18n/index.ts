// i18next set-up: Bahasa Indonesia by default, English on request; the choice lives in the teduh_lang cookie.
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { readCookie, writeCookie } from "../lib/cookies";
import { en, id } from "./catalogue";

export type Language = "id" | "en";
export const LANGUAGES: Language[] = ["id", "en"];
const COOKIE = "teduh_lang";

function isLanguage(value: string | null): value is Language {
  return value === "id" || value === "en";
}

/** The language chosen in this browser, if any. */
export function storedLanguage(): Language | null {
  const value = readCookie(COOKIE);
  return isLanguage(value) ? value : null;
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : "id";
}

/** Switches the interface language and remembers it in the cookie. */
export async function applyLanguage(lang: Language): Promise<void> {
  writeCookie(COOKIE, lang);
  document.documentElement.lang = lang;
  await i18n.changeLanguage(lang);
}

const initial = storedLanguage() ?? "id";
document.documentElement.lang = initial;

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: initial,
  fallbackLng: "id",
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
