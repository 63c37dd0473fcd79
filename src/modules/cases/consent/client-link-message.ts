// The client link's address and the neutral message sent with it: it names neither the case, the violence nor the unit.
import { translate } from "../../../platform/i18n/translate.js";

/** A neutral path: "/s/<token>". */
export function clientLinkUrl(linkUrl: string, token: string, lang: "id" | "en"): string {
  return `${linkUrl}/s/${token}${lang === "en" ? "?lang=en" : ""}`;
}

export function clientLinkMessage(lang: "id" | "en", url: string): { subject: string; text: string } {
  return { subject: translate(lang, "consent.subject"), text: translate(lang, "consent.message", { url }) };
}
