// Server messages (Bahasa Indonesia) of the reports module's intake part; merged into the platform catalogue.
export const intakeId = {
  "intake.stale": "Pengaduan ini sudah diubah orang lain. Muat ulang lalu coba lagi.",
  "intake.wrong_status": "Tindakan ini tidak berlaku untuk status pengaduan saat ini.",
  "intake.incomplete": "Formulir penerimaan belum lengkap: isi tingkat risiko dan kolom wajib lainnya.",
  "intake.no_reporter_channel": "Pengaduan ini tidak masuk lewat formulir publik, jadi pelapor tidak dapat membaca pesan.",
  "intake.duplicate_of_itself": "Pengaduan tidak dapat menjadi duplikat dirinya sendiri.",
  "intake.duplicate_unknown": "Pengaduan asal tidak ditemukan di unit ini.",
  "intake.post_required": "Pilih pos pengaduan untuk pengaduan datang langsung.",
  "intake.post_unknown": "Pos pengaduan tidak ditemukan atau tidak aktif di unit ini.",
  "intake.birth_date_future": "Tanggal lahir tidak boleh di masa depan.",
  "intake.category_age": "Kategori tidak sesuai usia korban: anak berarti di bawah 18 tahun.",
  "intake.events_stream_only": "Alamat ini hanya melayani aliran peristiwa (text/event-stream).",
} as const;
