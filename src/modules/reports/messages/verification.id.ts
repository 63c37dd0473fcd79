// Server messages (Bahasa Indonesia) of verification links, outreach and the outbox; merged into the platform catalogue.
export const verificationId = {
  "verification.wrong_status": "Tautan verifikasi hanya dapat dibuat untuk pengaduan yang baru atau sedang dalam penerimaan.",
  "verification.transport_unavailable": "Saluran ini belum dikonfigurasi; kirim dari ponsel Anda sendiri.",
  "verification.recipient_required": "Isi nomor atau alamat email penerima.",
  "verification.not_pending": "Tautan ini sudah terkirim, dipakai, kedaluwarsa atau dicabut.",
  "verification.message": "Halo, silakan buka tautan ini untuk memastikan data Anda: {url}",
  "verification.subject": "Konfirmasi data",
  "outreach.wrong_status": "Kunjungan ini sudah selesai atau dibatalkan.",
  "outreach.report_closed": "Pengaduan ini sudah ditutup.",
  "outreach.team_invalid": "Anggota tim harus pengguna aktif dengan peran di unit ini.",
  "outreach.time_past": "Waktu kunjungan tidak boleh di masa lalu.",
  "outreach.stale": "Kunjungan ini sudah diubah orang lain. Muat ulang lalu coba lagi.",
} as const;
