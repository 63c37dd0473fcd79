// Text of the verification-link pages, Bahasa Indonesia and English (same keys): neutral, nothing about violence or the unit.
export type PageLang = "id" | "en";

const id = {
  title: "Konfirmasi data",
  quickExit: "Keluar cepat",
  quickExitHint: "Tekan Esc untuk keluar cepat.",
  switchLanguage: "English",
  codeHeading: "Masukkan kode",
  codeIntro: "Masukkan kode 6 angka yang Anda terima secara terpisah.",
  codeLabel: "Kode",
  codeSubmit: "Lanjut",
  sending: "Mengirim… Jangan tutup halaman ini.",
  offline: "Tidak tersambung ke internet. Isian Anda masih ada di sini: kirim lagi saat ada sinyal.",
  codeMalformed: "Kode terdiri dari 6 angka.",
  codeWrong: "Kode salah. Sisa percobaan: {remaining}.",
  proofExpired: "Waktu habis. Masukkan kode sekali lagi.",
  invalidHeading: "Tautan tidak berlaku",
  invalidText: "Tautan ini tidak berlaku lagi.",
  limitedHeading: "Tunggu sebentar",
  limitedText: "Terlalu banyak percobaan.",
  retryOne: "Coba lagi dalam {count} menit.",
  retryOther: "Coba lagi dalam {count} menit.",
  errorHeading: "Tidak dapat diproses",
  errorText: "Permintaan tidak dapat diproses. Buka kembali tautan dari pesan Anda.",
  detailsHeading: "Periksa data Anda",
  detailsIntro:
    "Jika semua benar, pilih \u201cData sudah benar\u201d. Jika ada yang salah, perbaiki lalu pilih \u201cSimpan perbaikan\u201d.",
  name: "Nama",
  birthDate: "Tanggal lahir (TTTT-BB-HH)",
  phone: "Nomor telepon",
  nik: "NIK",
  required: "Wajib diisi.",
  invalid: "Periksa kembali isian ini.",
  fixErrors: "Ada isian yang perlu diperiksa.",
  notSaved:
    "Data Anda belum tersimpan karena gangguan pada sistem kami. Isian Anda masih ada di bawah ini: kirim lagi sebentar lagi.",
  confirm: "Data sudah benar",
  correct: "Simpan perbaikan",
  thanksHeading: "Terima kasih",
  thanksText: "Tanggapan Anda sudah diterima. Anda dapat menutup halaman ini.",
};

const en: Record<keyof typeof id, string> = {
  title: "Confirm details",
  quickExit: "Quick exit",
  quickExitHint: "Press Esc to leave quickly.",
  switchLanguage: "Bahasa Indonesia",
  codeHeading: "Enter the code",
  codeIntro: "Enter the 6-digit code you received separately.",
  codeLabel: "Code",
  codeSubmit: "Continue",
  sending: "Sending… Do not close this page.",
  offline: "No connection. What you entered is still here: send it again when you have signal.",
  codeMalformed: "The code has 6 digits.",
  codeWrong: "Wrong code. Attempts left: {remaining}.",
  proofExpired: "Time ran out. Enter the code once more.",
  invalidHeading: "Link not valid",
  invalidText: "This link is no longer valid.",
  limitedHeading: "Please wait",
  limitedText: "Too many attempts.",
  retryOne: "Try again in {count} minute.",
  retryOther: "Try again in {count} minutes.",
  errorHeading: "Could not be processed",
  errorText: "The request could not be processed. Open the link from your message again.",
  detailsHeading: "Check your details",
  detailsIntro:
    "If everything is right, choose \u201cDetails are correct\u201d. If something is wrong, fix it and choose \u201cSave corrections\u201d.",
  name: "Name",
  birthDate: "Date of birth (YYYY-MM-DD)",
  phone: "Phone number",
  nik: "NIK (national ID number)",
  required: "Required.",
  invalid: "Please check this field.",
  fixErrors: "Some fields need checking.",
  notSaved:
    "Your details have not been saved because of a fault on our side. What you entered is still below: send it again in a moment.",
  confirm: "Details are correct",
  correct: "Save corrections",
  thanksHeading: "Thank you",
  thanksText: "Your answer was received. You may close this page.",
};

export type PageKey = keyof typeof id;
export const PAGE_TEXT: Record<PageLang, Record<PageKey, string>> = { id, en };

export function pageText(lang: PageLang, key: PageKey, params: Record<string, string | number> = {}): string {
  return PAGE_TEXT[lang][key].replace(/\{(\w+)\}/g, (_, n: string) => String(params[n] ?? ""));
}

/** The language comes from the query string only (no cookie on public pages); Indonesian by default. */
export function pageLang(query: unknown): PageLang {
  return (query as { lang?: unknown } | undefined)?.lang === "en" ? "en" : "id";
}
