// Server messages (Bahasa Indonesia) of the cases module; cases.en.ts must have the same keys.
export const casesId = {
  "case.stale": "Kasus ini baru saja diubah orang lain. Muat ulang lalu coba lagi.",
  "case.event_not_allowed": "Tindakan ini tidak berlaku untuk status kasus saat ini.",
  "case.forbidden": "Peran Anda tidak dapat melakukan tindakan ini pada kasus ini.",
  "case.same_person": "Persetujuan tidak boleh diberikan oleh orang yang mengajukannya.",
  "case.missing_field": "Lengkapi isian {field} untuk tindakan ini.",
  "case.case_manager_invalid": "Pilih manajer kasus yang aktif di unit kasus ini.",
  "case.case_manager_unchanged": "Kasus ini sudah ditangani manajer kasus tersebut.",
  "case.reason_invalid": "Pilih alasan dari daftar yang tersedia.",
  "case.referral_partner_invalid": "Lembaga rujukan tidak ditemukan atau tidak aktif di unit ini.",
  "case.events_stream_only": "Alamat ini hanya melayani aliran peristiwa (text/event-stream).",
  "case.field.caseManagerId": "manajer kasus",
  "case.field.reason": "alasan",
  "case.field.comment": "komentar",
  "case.field.terminationForm": "formulir terminasi yang ditandatangani klien atau wali",
};
