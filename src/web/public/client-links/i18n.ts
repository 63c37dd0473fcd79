// Text of the client-link pages (consent, termination form and survey), Bahasa Indonesia and English with the same keys:
// neutral, nothing about violence, a case or the unit (the shared words come from the verification pages).
import type { PageLang } from "../verify/i18n.js";

const id = {
  consentHeading: "Persetujuan",
  consentIntro: "Bacalah setiap pernyataan. Centang yang Anda setujui; yang tidak dicentang berarti Anda tidak setuju.",
  agree: "Saya setuju",
  guardianIntro: "Diisi oleh orang tua atau wali.",
  guardianName: "Nama orang tua/wali",
  guardianRelationship: "Hubungan",
  choose: "Pilih\u2026",
  rel_mother: "Ibu",
  rel_father: "Ayah",
  rel_legal_guardian: "Wali",
  rel_grandparent: "Kakek/Nenek",
  rel_sibling: "Saudara kandung",
  rel_other_relative: "Kerabat lain",
  rel_other: "Lainnya",
  signatureHeading: "Tanda tangan",
  signatureName: "Ketik nama lengkap Anda sebagai tanda tangan",
  signatureDraw: "Atau buat tanda tangan di kotak ini:",
  signatureClear: "Hapus tanda tangan",
  surveyHeading: "Pendapat Anda",
  surveyIntro: "Boleh dilewati. 1 = sangat tidak setuju, 5 = sangat setuju.",
  respectful: "Saya diperlakukan dengan hormat.",
  clearInformation: "Informasi yang diberikan jelas.",
  timelyHelp: "Bantuan datang tepat waktu.",
  feltSafe: "Saya merasa aman.",
  wouldRecommend: "Saya akan menyarankan layanan ini kepada orang lain.",
  comments: "Saran atau komentar (tidak wajib)",
  declineSurvey: "Saya tidak ingin mengisi pendapat",
  submit: "Kirim",
  required: "Wajib diisi.",
  invalid: "Periksa kembali isian ini.",
  fixErrors: "Ada isian yang perlu diperiksa.",
};

const en: Record<keyof typeof id, string> = {
  consentHeading: "Consent",
  consentIntro: "Read each statement. Tick the ones you agree to; an unticked one means you do not agree.",
  agree: "I agree",
  guardianIntro: "To be filled in by a parent or guardian.",
  guardianName: "Parent's or guardian's name",
  guardianRelationship: "Relationship",
  choose: "Choose\u2026",
  rel_mother: "Mother",
  rel_father: "Father",
  rel_legal_guardian: "Legal guardian",
  rel_grandparent: "Grandparent",
  rel_sibling: "Sibling",
  rel_other_relative: "Other relative",
  rel_other: "Other",
  signatureHeading: "Signature",
  signatureName: "Type your full name as your signature",
  signatureDraw: "Or sign in this box:",
  signatureClear: "Clear signature",
  surveyHeading: "Your opinion",
  surveyIntro: "You may skip this. 1 = strongly disagree, 5 = strongly agree.",
  respectful: "I was treated with respect.",
  clearInformation: "The information given was clear.",
  timelyHelp: "Help came in good time.",
  feltSafe: "I felt safe.",
  wouldRecommend: "I would recommend this service to others.",
  comments: "Suggestions or comments (optional)",
  declineSurvey: "I do not want to give my opinion",
  submit: "Send",
  required: "Required.",
  invalid: "Please check this field.",
  fixErrors: "Some fields need checking.",
};

export type ClientPageKey = keyof typeof id;
export const CLIENT_PAGE_TEXT: Record<PageLang, Record<ClientPageKey, string>> = { id, en };

export function clientText(lang: PageLang, key: ClientPageKey): string {
  return CLIENT_PAGE_TEXT[lang][key];
}
