// Server messages (Bahasa Indonesia) of consent, client links and the termination form; messages.en.ts has the same keys.
export const consentId = {
  "consent.wrong_status": "Persetujuan layanan hanya dapat dicatat selama kasus berjalan (sudah disetujui dan belum ditutup).",
  "consent.guardian_required":
    "Kasus anak: persetujuan dan tanda tangan harus dari orang tua atau wali, dengan nama dan hubungannya.",
  "consent.guardian_fields": "Lengkapi nama dan hubungan orang tua/wali.",
  "consent.purpose_duplicate": "Setiap tujuan persetujuan hanya boleh muncul sekali.",
  "consent.partners_required": "Sebutkan setidaknya satu lembaga mitra untuk berbagi data.",
  "consent.partner_invalid": "Lembaga mitra tidak ditemukan atau tidak aktif di unit kasus ini.",
  "consent.not_granted": "Tujuan ini tidak sedang disetujui, jadi tidak ada yang dapat ditarik.",
  "consent.link_not_pending": "Tautan ini sudah dipakai, kedaluwarsa, atau dicabut.",
  "consent.transport_unavailable": "Saluran pengiriman ini belum dikonfigurasi; kirim tautan secara manual.",
  "consent.recipient_required": "Isi nomor telepon atau alamat email penerima.",
  "consent.subject": "Tautan untuk Anda",
  "consent.message": "Halo, silakan buka tautan ini dan masukkan kode yang Anda terima secara terpisah: {url}",
};
