// The sections of the case file, from the case summary through intake, verification, services and timeline to termination.
import type { CaseFile, PrintMode } from "./case-file-types.js";
import { dateOnly, dateTime } from "./format-time.js";
import { label, TEXT } from "./labels.id.js";
import type { PdfWriter } from "./pdf-writer.js";
import { type Formatters, writeAssessments, writePlan, writePoliceReport } from "./render-services.js";

const S = TEXT.sections;
const yesNo = (v: boolean | null) => (v === null ? null : v ? TEXT.yes : TEXT.no);

function summary(w: PdfWriter, f: CaseFile, at: (d: Date | null) => string): void {
  const x = f.facts;
  w.heading(S.summary);
  w.field(TEXT.register, x.registerNumber ?? TEXT.noRegister);
  w.field("Status", label("status", x.status));
  w.field("Kategori", label("category", x.category));
  w.field("Tingkat risiko", label("risk", x.riskLevel));
  w.field("Manajer kasus", x.caseManager);
  w.field("Diajukan oleh", `${x.submittedBy ?? "-"}, ${at(x.submittedAt)}`);
  w.field("Disetujui oleh", x.approvedBy ? `${x.approvedBy}, ${at(x.approvedAt)}` : null);
  w.field("Peninjauan berikutnya", x.nextReviewAt ? at(x.nextReviewAt) : null);
}

function complaint(
  w: PdfWriter,
  f: CaseFile,
  mode: PrintMode,
  at: (d: Date | null) => string,
  day: (d: string | null) => string,
) {
  const c = f.complaint;
  const d = c.details;
  w.heading(S.complaint);
  w.field("Kanal", label("channel", c.channel));
  w.field("Diterima", at(c.receivedAt));
  w.field("Dalam bahaya", yesNo(c.inDanger));
  if (mode.variant === "full") {
    w.subheading(S.reporter);
    w.field("Hubungan dengan korban", label("relation", c.reporterRelation));
    w.field("Nama", c.reporterName);
    w.field("Telepon", c.reporterPhone);
    w.field("Alamat", d.reporterAddress);
    w.field("Cara dihubungi", label("contactMethod", c.contactMethod));
    w.field("Waktu aman dihubungi", c.safeTime);
  }
  w.subheading(S.victim);
  w.field("Nama", c.victimName);
  w.field("NIK", c.victimNik);
  w.field("Tanggal lahir", day(c.victimBirthDate));
  w.field("Usia", c.victimAge === null ? null : `${c.victimAge} tahun`);
  w.field("Jenis kelamin", label("sex", c.victimSex));
  w.field("Telepon", c.victimPhone);
  w.field(
    "Disabilitas",
    c.victimDisability ? `${TEXT.yes}${c.victimDisabilityType ? `: ${c.victimDisabilityType}` : ""}` : yesNo(c.victimDisability),
  );
  w.field("Pendidikan", label("education", c.victimEducation));
  w.field("Pekerjaan", label("occupation", c.victimOccupation));
  w.field("Status perkawinan", label("marital", c.victimMaritalStatus));
  w.field("Alamat sesuai KTP", d.victimAddressKtp);
  w.field("Alamat domisili", d.victimAddressDomicile);
  w.subheading(S.incident);
  w.field("Jenis kekerasan", c.violenceTypes.map((v) => label("violence", v)).join(", "));
  w.field("Tempat kejadian", label("place", c.incidentPlace));
  w.field("Tanggal kejadian", day(c.incidentDate));
  w.field("Lokasi", c.incidentLocation);
  w.field("Kronologi", c.chronology);
  w.subheading(S.perpetrator);
  w.field("Hubungan dengan korban", label("perpetratorRelationship", c.perpetratorRelationship));
  if (mode.variant === "full") w.field("Keterangan pelaku", c.perpetrator);
  w.subheading(S.condition);
  w.field("Kondisi fisik", d.conditionPhysical);
  w.field("Kondisi psikis", d.conditionPsychological);
  w.field("Kondisi sosial", d.conditionSocial);
  w.field("Kondisi spiritual", d.conditionSpiritual);
  w.field("Kebutuhan", d.needs);
  w.field("Harapan", d.expectations);
}

function records(w: PdfWriter, f: CaseFile, mode: PrintMode, fmt: Formatters): void {
  const at = fmt.at;
  w.heading(S.verification);
  if (!f.verifications.length) w.none();
  for (const v of f.verifications)
    w.entry(`${at(v.createdAt)} — ${label("linkState", v.state)}`, [
      v.sentVia ? `Dikirim melalui ${label("contactMethod", v.sentVia)}${v.sentAt ? `, ${at(v.sentAt)}` : ""}` : null,
      v.outcome ? `Hasil: ${label("linkOutcome", v.outcome)}${v.usedAt ? `, ${at(v.usedAt)}` : ""}` : null,
    ]);
  w.heading(S.contacts);
  if (!f.contactAttempts.length) w.none();
  for (const a of f.contactAttempts)
    w.entry(`${at(a.at)} — ${label("contactMethod", a.method)}: ${label("contactOutcome", a.outcome)}`, [
      `Oleh ${a.by}`,
      a.note ? `Catatan: ${a.note}` : null,
    ]);
  w.heading(S.outreach);
  if (!f.outreachVisits.length) w.none();
  for (const v of f.outreachVisits)
    w.entry(`${at(v.scheduledFor)} — ${label("visitStatus", v.status)}`, [
      v.team.length ? `Tim: ${v.team.join(", ")}` : null,
      v.outcome ? `Hasil: ${label("visitOutcome", v.outcome)}` : null,
      v.notes ? `Catatan: ${v.notes}` : null,
    ]);
  consent(w, f, at);
  writeAssessments(w, f, fmt);
  writePlan(w, f, fmt);
  writePoliceReport(w, f, fmt);
  w.heading(S.timeline);
  if (!f.timeline.length) w.none();
  for (const e of f.timeline)
    w.entry(`${at(e.at)} — ${label("event", e.event)}`, [
      `${e.fromStatus && e.fromStatus !== e.toStatus ? `${label("status", e.fromStatus)} → ` : ""}${label("status", e.toStatus)}, oleh ${e.actor}`,
      e.comment ? `Keterangan: ${e.comment}` : null,
    ]);
  if (mode.variant === "full") {
    w.heading(S.notes);
    if (!f.notes.length) w.none();
    for (const n of f.notes) w.entry(`${at(n.at)} — ${n.author}`, [n.content]);
  }
}

/** Who signed: "Klien" or "Orang tua/wali (Ibu) Nama". */
const signer = (by: string, relationship: string | null, name: string | null) =>
  [label("givenBy", by), relationship ? `(${label("guardian", relationship)})` : null, name].filter(Boolean).join(" ");

function consent(w: PdfWriter, f: CaseFile, at: (d: Date | null) => string): void {
  w.heading(S.consent);
  if (!f.consents.length) w.none();
  for (const c of f.consents)
    w.entry(`${at(c.givenAt)} — ${label("purpose", c.purpose)}: ${c.granted ? "diberikan" : "ditolak"}`, [
      c.partners.length ? `Lembaga mitra: ${c.partners.join(", ")}` : null,
      `Oleh ${signer(c.givenBy, c.guardianRelationship, c.guardianName)}, tanda tangan ${label("signatureKind", c.signatureKind)}, ${label("signingMethod", c.method)}`,
      `Naskah versi ${c.textVersion}; dicatat oleh ${c.recordedBy}`,
      c.withdrawnAt ? `Dicabut ${at(c.withdrawnAt)}${c.withdrawnBy ? ` (dicatat oleh ${c.withdrawnBy})` : ""}` : null,
      c.withdrawalReason ? `Alasan pencabutan: ${c.withdrawalReason}` : null,
    ]);
}

function termination(w: PdfWriter, f: CaseFile, at: (d: Date | null) => string): void {
  const x = f.facts;
  w.heading(S.termination);
  if (!x.terminationReason && !x.closedAt && !f.terminationForms.length && !f.feedback.length) {
    w.none();
    return;
  }
  w.field("Alasan terminasi", x.terminationReason ? label("reason", x.terminationReason) : null);
  w.field("Ditutup", x.closedAt ? at(x.closedAt) : null);
  w.field("Alasan penutupan", x.closeReason ? label("reason", x.closeReason) : null);
  for (const t of f.terminationForms)
    w.entry(`${at(t.signedAt)} — Formulir terminasi ditandatangani`, [
      `Oleh ${signer(t.signedBy, t.guardianRelationship, t.guardianName)}, tanda tangan ${label("signatureKind", t.signatureKind)}, ${label("signingMethod", t.method)}`,
      `Naskah versi ${t.textVersion}; dicatat oleh ${t.recordedBy}`,
    ]);
  for (const b of f.feedback)
    w.entry(`${at(b.at)} — Umpan balik${b.declined ? ": klien tidak bersedia mengisi" : ""}`, [
      ...(b.declined ? [] : b.scores.map((s) => `${label("survey", s.question)}: ${s.score ?? "-"} dari 5`)),
      b.comments ? `Komentar: ${b.comments}` : null,
    ]);
}

export function writeSections(w: PdfWriter, f: CaseFile, mode: PrintMode): void {
  const zone = f.letterhead.timeZone;
  const at = (d: Date | null) => dateTime(d, zone);
  const day = (d: string | null) => dateOnly(d, zone);
  summary(w, f, at);
  complaint(w, f, mode, at, day);
  records(w, f, mode, { at, day });
  termination(w, f, at);
}
