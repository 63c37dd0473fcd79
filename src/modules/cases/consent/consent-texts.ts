// The consent texts and the termination form text, versioned, in Bahasa Indonesia and English. A change is a new version:
// every record keeps the version it was given on. Neutral wording: they are shown on the client's phone.
export const CONSENT_PURPOSES = ["case_handling", "partner_sharing", "national_reporting"] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export type TextLang = "id" | "en";

/** The version in force for new consent records and termination forms. */
export const CONSENT_TEXT_VERSION = "2026-11-v1";
export const TERMINATION_TEXT_VERSION = "2026-11-v1";

interface PurposeText {
  title: string;
  /** `{partners}` is replaced by the named partner agencies. */
  body: string;
}

export const CONSENT_TEXTS: Record<string, Record<TextLang, Record<ConsentPurpose, PurposeText>>> = {
  "2026-11-v1": {
    id: {
      case_handling: {
        title: "Pemberian layanan",
        body: "Saya setuju data yang saya berikan dicatat dan digunakan oleh petugas layanan untuk memberikan pendampingan dan layanan yang saya butuhkan. Data dijaga kerahasiaannya dan hanya dibuka bagi petugas yang menangani.",
      },
      partner_sharing: {
        title: "Berbagi data dengan lembaga mitra",
        body: "Saya setuju data yang diperlukan dibagikan kepada lembaga berikut, hanya untuk layanan yang saya terima: {partners}.",
      },
      national_reporting: {
        title: "Pelaporan statistik tanpa identitas",
        body: "Saya setuju data saya dihitung dalam laporan statistik pemerintah tanpa nama, alamat, nomor identitas, atau hal lain yang dapat mengenali saya.",
      },
    },
    en: {
      case_handling: {
        title: "Providing services",
        body: "I agree that the information I give is recorded and used by the service staff to give me the support and services I need. It is kept confidential and open only to the staff who handle it.",
      },
      partner_sharing: {
        title: "Sharing with partner agencies",
        body: "I agree that the information needed is shared with the following agencies, only for the services I receive: {partners}.",
      },
      national_reporting: {
        title: "Statistical reporting without identity",
        body: "I agree that my information is counted in government statistical reports without my name, address, identity number or anything else that could identify me.",
      },
    },
  },
};

export const TERMINATION_TEXTS: Record<string, Record<TextLang, { title: string; body: string }>> = {
  "2026-11-v1": {
    id: {
      title: "Pernyataan selesai layanan",
      body: "Saya menyatakan bahwa layanan yang saya terima telah selesai. Saya telah diberi tahu bahwa saya dapat menghubungi petugas kembali bila membutuhkan bantuan lagi.",
    },
    en: {
      title: "Statement that services have ended",
      body: "I confirm that the services I received have ended. I have been told that I may contact the staff again if I need help again.",
    },
  },
};

/** The text of one purpose in the current version, with the partner agencies named. */
export function consentText(purpose: ConsentPurpose, lang: TextLang, partners: string[] = [], version = CONSENT_TEXT_VERSION) {
  const text = CONSENT_TEXTS[version]?.[lang][purpose];
  if (!text) throw new Error(`no consent text ${version}`);
  return { title: text.title, body: text.body.replace("{partners}", partners.join(", ")) };
}

export function terminationText(lang: TextLang, version = TERMINATION_TEXT_VERSION) {
  const text = TERMINATION_TEXTS[version]?.[lang];
  if (!text) throw new Error(`no termination text ${version}`);
  return text;
}
