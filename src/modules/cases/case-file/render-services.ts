// The services sections of the case file: assessments, the service plan with every intervention and session, the police report.
import type { CaseFile, InterventionRecord, SessionRecord } from "./case-file-types.js";
import { label, TEXT } from "./labels.id.js";
import type { PdfWriter } from "./pdf-writer.js";

const S = TEXT.sections;
const A = TEXT.assessment;
const P = TEXT.plan;
const Q = TEXT.police;

export interface Formatters {
  at: (d: Date | null) => string;
  day: (d: string | null) => string;
}

const byAt = (who: string | null, when: Date | null, f: Formatters) => (who ? `${who}, ${f.at(when)}` : null);

export function writeAssessments(w: PdfWriter, file: CaseFile, f: Formatters): void {
  w.heading(S.assessment);
  if (!file.assessments.length) w.none();
  for (const a of file.assessments) {
    w.subheading(`${a.reassessment ? A.reassessment : A.first} — ${label("assessmentStatus", a.status)}`);
    w.field(A.risk, label("risk", a.riskLevel));
    w.field(A.started, byAt(a.createdBy, a.createdAt, f));
    w.field(A.saved, `${a.updatedBy}, ${f.at(a.updatedAt)} (versi ${a.version})`);
    if (a.status === "final") w.field(A.finalised, byAt(a.finalisedBy, a.finalisedAt, f));
    for (const s of a.sections) w.field(label("assessmentSection", s.section), s.text ?? A.empty);
  }
}

function session(w: PdfWriter, s: SessionRecord, f: Formatters): void {
  const named = s.attachments.filter((n): n is string => Boolean(n));
  w.entry(P.session(f.day(s.heldOn)), [
    s.whatWasDone ? `${P.done}: ${s.whatWasDone}` : null,
    s.result ? `${P.result}: ${s.result}` : null,
    s.followUp ? `${P.followUp}: ${s.followUp}` : null,
    s.attachments.length ? `${P.attachments(s.attachments.length)}${named.length ? `: ${named.join(", ")}` : ""}` : null,
    P.recorded(s.recordedBy, f.at(s.recordedAt)),
  ]);
}

function intervention(w: PdfWriter, i: InterventionRecord, n: number, f: Formatters): void {
  w.subheading(P.intervention(n, label("serviceType", i.serviceType)));
  const profession = i.profession ? ` (${label("profession", i.profession)})` : "";
  w.field(P.provider, `${i.provider}${profession}${i.partner ? `, ${i.partner}` : ""}`);
  w.field(P.targetDate, f.day(i.targetDate));
  w.field(P.goal, i.goal);
  w.field(P.status, label("interventionStatus", i.status));
  w.field(P.set, f.at(i.createdAt));
  w.field(P.sessions, i.sessions.length ? `${i.sessions.length}` : P.noSessions);
  for (const s of i.sessions) session(w, s, f);
}

export function writePlan(w: PdfWriter, file: CaseFile, f: Formatters): void {
  w.heading(S.plan);
  const plan = file.plan;
  if (!plan && !file.interventions.length) w.none();
  if (plan) {
    w.field(P.version, `${plan.version}, disimpan oleh ${plan.updatedBy}, ${f.at(plan.updatedAt)}`);
    w.field(
      P.agreement,
      plan.agreedAt
        ? P.agreed(
            label("givenBy", plan.agreedBy),
            label("agreedVia", plan.agreedVia),
            f.at(plan.agreedAt),
            plan.agreedRecordedBy ?? "-",
          )
        : P.notAgreed,
    );
  }
  for (const [n, i] of file.interventions.entries()) intervention(w, i, n + 1, f);
}

export function writePoliceReport(w: PdfWriter, file: CaseFile, f: Formatters): void {
  w.heading(S.police);
  const p = file.policeReport;
  if (!p) {
    w.field(Q.state, Q.notApplicable);
    return;
  }
  w.field(Q.due, f.at(p.dueAt));
  w.field(Q.state, label("policeState", p.state));
  if (p.metAt) {
    w.field(Q.met, Q.recorded(f.at(p.metAt), p.metBy));
    w.field(Q.reference, p.reference);
  }
  if (p.waivedAt) {
    w.field(Q.waived, Q.recorded(f.at(p.waivedAt), p.waivedBy));
    w.field(Q.waiveReason, p.waiveReason);
  }
}
