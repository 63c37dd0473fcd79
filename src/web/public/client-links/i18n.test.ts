// The client-link pages' text, the consent and termination texts and the message sent: both languages complete, nothing revealing.
import { describe, expect, it } from "vitest";
import { REVEALING } from "../../../../test/helpers/neutral-words.js";
import { CONSENT_PURPOSES, CONSENT_TEXTS, TERMINATION_TEXTS } from "../../../modules/cases/consent/consent-texts.js";
import { consentEn } from "../../../modules/cases/consent/messages.en.js";
import { consentId } from "../../../modules/cases/consent/messages.id.js";
import { CLIENT_PAGE_TEXT } from "./i18n.js";

const neutral = (label: string, value: string) => {
  for (const word of REVEALING) expect(value, label).not.toMatch(word);
};

describe("client-link page text", () => {
  it("id and en have the same keys, none empty", () => {
    expect(Object.keys(CLIENT_PAGE_TEXT.en).sort()).toEqual(Object.keys(CLIENT_PAGE_TEXT.id).sort());
    for (const lang of ["id", "en"] as const) {
      expect(Object.entries(CLIENT_PAGE_TEXT[lang]).filter(([, v]) => !v.trim())).toEqual([]);
    }
  });
  it("never names violence, a case, a child or the unit: pages, consent texts, termination text, the message", () => {
    for (const lang of ["id", "en"] as const) {
      for (const [key, value] of Object.entries(CLIENT_PAGE_TEXT[lang])) neutral(`${lang}.${key}`, value);
      for (const [version, texts] of Object.entries(CONSENT_TEXTS)) {
        for (const purpose of CONSENT_PURPOSES) {
          neutral(`${version}.${lang}.${purpose}`, `${texts[lang][purpose].title} ${texts[lang][purpose].body}`);
        }
      }
      for (const [version, text] of Object.entries(TERMINATION_TEXTS))
        neutral(`${version}.${lang}`, `${text[lang].title} ${text[lang].body}`);
    }
    for (const key of ["consent.subject", "consent.message"] as const) {
      neutral(key, consentId[key]);
      neutral(key, consentEn[key]);
    }
  });
  it("every consent text version has every purpose in both languages, with the partners placeholder in the sharing text", () => {
    for (const texts of Object.values(CONSENT_TEXTS)) {
      for (const lang of ["id", "en"] as const) {
        expect(Object.keys(texts[lang]).sort()).toEqual([...CONSENT_PURPOSES].sort());
        expect(texts[lang].partner_sharing.body).toContain("{partners}");
      }
    }
  });
});
