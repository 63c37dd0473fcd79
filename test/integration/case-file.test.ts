// The printable case file through the API: a case from intake through assessment, plan, sessions, the police report and
// termination printed as a real PDF (text extracted); the victim's copy, a child's identity, audit, who may print.
import { sql } from "drizzle-orm";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makePartner, makePost, makeUnit, makeUser, type UserSpec } from "../../src/demo/factories.js";
import { dateOnly } from "../../src/modules/cases/case-file/format-time.js";
import { sealConsent } from "../../src/modules/cases/consent/consent-seal.js";
import { consentRecords } from "../../src/modules/cases/consent/schema.js";
import { Client } from "../helpers/client.js";
import { WALK_IN } from "../helpers/intake-body.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

/** The text of every page of a PDF, as pdf.js reads it, whitespace (line breaks included) collapsed. */
async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    for (const item of content.items) if ("str" in item) parts.push(item.str, item.hasEOL ? "\n" : "");
    parts.push("\n");
  }
  await pdf.destroy();
  return { pages: pdf.numPages, text: parts.join("").replace(/\s+/g, " ") };
}

const DAY = 86_400_000;
const dayFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
/** What the services record of the adult case: every text the file must print, or the victim's copy must drop. */
const SERVICES = {
  physical: "Memar di lengan kiri, sudah divisum",
  psychological: "Cemas dan sulit tidur sejak kejadian",
  family: "Tinggal bersama mertua yang membela suami",
  safety: "Suami masih tinggal serumah dan mengancam",
  needs: "Ingin berpisah dengan aman",
  reassessed: "Asesmen ulang: tidur mulai membaik",
  psychGoal: "Pemulihan trauma pascakekerasan",
  legalGoal: "Pendampingan laporan polisi sampai sidang",
  counselGoal: "Kembali bekerja di pasar",
  firstDone: "Konseling awal dengan teknik grounding",
  firstResult: "Klien lebih tenang",
  firstFollowUp: "Sesi kedua minggu depan, libatkan kakak korban",
  secondDone: "Konseling lanjutan tentang rasa aman",
  secondResult: "Klien mulai tidur enam jam",
  legalDone: "Mendampingi klien membuat laporan di SPKT",
  legalResult: "Laporan polisi diterima",
  legalFollowUp: "Koordinasi dengan penyidik untuk pemanggilan terlapor",
  attachment: "tanda-terima-laporan-polisi.pdf",
  attachmentBytes: "%PDF-1.4 ISI-LAMPIRAN-TIDAK-DICETAK",
  policeReference: "LP/B/512/XI/2026/SPKT/Polres Jember",
  signature: "TTD Dewi 7Q",
};

const ADULT = {
  ...WALK_IN,
  reporterRelation: "neighbour",
  reporterName: "Bambang Sutejo",
  reporterPhone: "0813-7777-5555",
  victimName: "Dewi Lestari",
  victimDisability: true,
  victimDisabilityType: "Tunarungu sejak kecil",
  violenceTypes: ["physical", "psychological", "sexual"],
  perpetrator: "Suami korban berinisial HK, bekerja di pasar",
  details: { ...WALK_IN.details, reporterAddress: "Jl. Anggrek 9, Jember" },
};
const CHILD = {
  ...WALK_IN,
  category: "child",
  reporterRelation: "family",
  victimName: "Putri Anjani",
  victimNik: "3509015003140002",
  victimBirthDate: "2014-03-10",
  victimMaritalStatus: "unmarried",
  victimOccupation: "student",
  victimEducation: "primary",
  perpetratorRelationship: "neighbour",
  perpetrator: "Tetangga, 50 tahun",
  details: { ...WALK_IN.details, victimAddressKtp: "Jl. Kenanga 12, Jember" },
};

describe.each(DATABASES)("case file PDF on %s", (kind) => {
  let t: TestApp;
  let jember: string;
  let post: string;
  let cmUser: MadeUser;
  let supervisorUser: MadeUser;
  let officerCmUser: MadeUser;
  let officer: Client;
  let supervisor: Client;
  let head: Client;
  let cm: Client;
  let otherCm: Client;
  let officerCm: Client;
  let provider: Client;
  let psych: Client;
  let advocate: Client;
  let cmProvider: Client;
  let outsider: Client;
  let adultCase: string;
  let childCase: string;
  const heldOn = { first: dayFromNow(-6), second: dayFromNow(-2), legal: dayFromNow(-4) };

  const staff = (roles: UserSpec["roles"], displayName?: string, more: Partial<UserSpec> = {}) =>
    makeUser(t.ctx, t.ctx.database.db, { roles, ...(displayName ? { displayName } : {}), ...more });
  const signedIn = async (u: MadeUser) => {
    const c = new Client(t.app);
    expect((await c.signIn(u.username, u.password)).status).toBe(200);
    return c;
  };
  const rows = async <T>(query: ReturnType<typeof sql>) =>
    ((await t.ctx.database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const versionOf = async (id: string) =>
    (await rows<{ version: number }>(sql`SELECT version FROM cases WHERE id = ${id}`))[0]?.version as number;
  const printCount = async () =>
    (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'case.file_printed'`))[0]?.n;
  /** A walk-in complaint entered (with a contact attempt) and submitted by `by`; returns the case's id. */
  const submitted = async (by: Client, body: Record<string, unknown>) => {
    const created = await by.post("/reports", { ...body, unitId: jember, postId: post });
    expect(created.status).toBe(201);
    const attempt = { method: "phone", outcome: "reached", note: "Pelapor minta namanya tidak disebut" };
    expect((await by.post(`/reports/${created.body.id}/contact-attempts`, attempt)).status).toBe(201);
    expect((await by.post(`/reports/${created.body.id}/submit`, { version: 1 })).status).toBe(200);
    const [row] = await rows<{ id: string }>(sql`SELECT id FROM cases WHERE report_id = ${created.body.id}`);
    return row?.id as string;
  };
  const approve = async (id: string) => {
    const res = await supervisor.post(`/cases/${id}/events`, { event: "approve", version: 1, caseManagerId: cmUser.id });
    expect(res.status).toBe(200);
    return res.body.registerNumber as string;
  };
  const ok = async (answer: Promise<{ status: number; body: any }>, status = 200) => {
    const res = await answer;
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body;
  };
  /** GET the case file as `c` (the test client decodes bodies as text; a PDF needs its bytes). */
  const print = async (c: Client, id: string, variant?: "full" | "victim") => {
    const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const url = `/api/v1/cases/${id}/file${variant ? `?variant=${variant}` : ""}`;
    const res = await t.app.inject({ method: "GET", url, headers: { cookie } });
    const pdf = res.headers["content-type"] === "application/pdf";
    return { status: res.statusCode, headers: res.headers, bytes: res.rawPayload, body: pdf ? null : res.json() };
  };
  const printed = async (c: Client, id: string, variant?: "full" | "victim") => {
    const res = await print(c, id, variant);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(String(res.headers["content-disposition"])).toMatch(/^attachment; filename="berkas-[A-Za-z0-9-]+\.pdf"$/);
    return { bytes: res.bytes, ...(await pdfText(res.bytes)) };
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.ctx.database.db;
    jember = (await makeUnit(db)).id;
    const surabaya = (await makeUnit(db, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" })).id;
    post = (await makePost(db, jember)).id;
    const legalAid = (await makePartner(db, jember, { name: "LBH Keadilan Jember", kind: "legal_aid" })).id;
    const officerUser = await staff([{ role: "intake_officer", unitId: jember }]);
    supervisorUser = await staff([{ role: "supervisor", unitId: jember }], "Rina Supervisor");
    cmUser = await staff([{ role: "case_manager", unitId: jember }], "Wulan Manajer");
    officerCmUser = await staff([
      { role: "intake_officer", unitId: jember },
      { role: "case_manager", unitId: jember },
    ]);
    const providerRole = { role: "service_provider", unitId: jember } as const;
    officer = await signedIn(officerUser);
    supervisor = await signedIn(supervisorUser);
    head = await signedIn(await staff([{ role: "head", unitId: jember }]));
    cm = await signedIn(cmUser);
    otherCm = await signedIn(await staff([{ role: "case_manager", unitId: jember }]));
    officerCm = await signedIn(officerCmUser);
    provider = await signedIn(await staff([providerRole]));
    const psychUser = await staff([providerRole], "Ayu Psikolog", { profession: "psikolog" });
    const advocateUser = await staff([providerRole], "Made Advokat", { profession: "advokat", partnerId: legalAid });
    // A counsellor who also manages other cases: holds an intervention here, so sees this case, but does not manage it.
    const cmProviderUser = await staff([providerRole, { role: "case_manager", unitId: jember }], "Yuni Konselor", {
      profession: "konselor",
    });
    psych = await signedIn(psychUser);
    advocate = await signedIn(advocateUser);
    cmProvider = await signedIn(cmProviderUser);
    outsider = await signedIn(await staff([{ role: "supervisor", unitId: surabaya }]));
    adultCase = await submitted(officer, ADULT);
    await approve(adultCase);
    expect(
      (await cm.post(`/cases/${adultCase}/notes`, { content: "Catatan internal: suami pernah mengancam petugas" })).status,
    ).toBe(201);
    childCase = await submitted(officer, CHILD);
    await approve(childCase);
    await recordConsent();
    await deliverServices([psychUser, advocateUser, cmProviderUser]);
    await terminate();
  });
  afterAll(() => t.close());

  /** Consent records as the consent module stores them (written directly: the file only reads them). */
  const recordConsent = async () => {
    const db = t.ctx.database.db;
    const c = t.ctx.cipher;
    const signature = sealConsent(c, "signature", "Tanda tangan Dewi L. 7Q") as string;
    const given = {
      textVersion: "2026-11-v1",
      signatureKind: "typed",
      signatureEnc: signature,
      method: "in_person",
      recordedBy: cmUser.id,
    };
    await db.insert(consentRecords).values([
      { ...given, caseId: adultCase, purpose: "case_handling", granted: true, givenBy: "client" },
      {
        ...given,
        caseId: adultCase,
        purpose: "national_reporting",
        granted: true,
        givenBy: "client",
        withdrawnAt: new Date(),
        withdrawnBy: cmUser.id,
        withdrawalReasonEnc: sealConsent(c, "withdrawal_reason", "Berubah pikiran setelah berdiskusi"),
      },
      {
        ...given,
        caseId: childCase,
        purpose: "case_handling",
        granted: true,
        givenBy: "guardian",
        guardianRelationship: "mother",
        guardianNameEnc: sealConsent(c, "guardian_name", "Siti Anjani"),
      },
    ]);
  };

  /**
   * Through the API, as the people who do it: a final assessment and a re-assessment left as draft, a plan of three
   * interventions agreed with the client, sessions by the psychologist (two) and the advocate (one, with an attachment),
   * the police report made.
   */
  const deliverServices = async ([psychUser, advocateUser, counsellorUser]: MadeUser[]) => {
    const id = adultCase;
    const S = SERVICES;
    const sections = {
      physicalHealth: S.physical,
      psychological: S.psychological,
      socialFamily: S.family,
      safetyRisk: S.safety,
      needsExpectations: S.needs,
    };
    const first = await ok(cm.post(`/cases/${id}/assessments`, { sections, riskLevel: "high" }), 201);
    await ok(cm.post(`/assessments/${first.id}/finalise`, { version: 1 }));
    const again = await ok(cm.post(`/cases/${id}/assessments`, {}), 201);
    await ok(
      cm.put(`/assessments/${again.id}`, {
        version: 1,
        sections: { ...sections, psychological: S.reassessed },
        riskLevel: "medium",
      }),
    );
    const planned = (serviceType: string, providerId: string | undefined, goal: string) => ({
      serviceType,
      providerId,
      targetDate: dayFromNow(30),
      goal,
    });
    await ok(
      cm.put(`/cases/${id}/service-plan`, {
        version: 0,
        interventions: [
          planned("psychological_support", psychUser?.id, S.psychGoal),
          planned("legal_aid", advocateUser?.id, S.legalGoal),
          planned("social_reintegration", counsellorUser?.id, S.counselGoal),
        ],
      }),
    );
    await ok(cm.post(`/cases/${id}/service-plan/agree`, { version: 1, agreedVia: "in_person", agreedBy: "client" }));
    const mine = async (c: Client) => ((await ok(c.get("/interventions/mine"))) as { id: string }[])[0]?.id as string;
    const psychWork = await mine(psych);
    const session = (c: Client, on: string, whatWasDone: string, result: string, followUp?: string) =>
      ok(c.post(`/interventions/${psychWork}/sessions`, { heldOn: on, whatWasDone, result, followUp }), 201);
    await session(psych, heldOn.first, S.firstDone, S.firstResult, S.firstFollowUp);
    await session(psych, heldOn.second, S.secondDone, S.secondResult);
    const legal = await ok(
      advocate.post(`/interventions/${await mine(advocate)}/sessions`, {
        heldOn: heldOn.legal,
        whatWasDone: S.legalDone,
        result: S.legalResult,
        followUp: S.legalFollowUp,
      }),
      201,
    );
    await ok(
      advocate.post(`/intervention-sessions/${legal.id}/attachments`, {
        fileName: S.attachment,
        contentType: "application/pdf",
        contentBase64: Buffer.from(S.attachmentBytes).toString("base64"),
      }),
      201,
    );
    await ok(cm.post(`/cases/${id}/police-report/meet`, { reference: S.policeReference }));
  };

  /** Termination requested, approved, and the form signed in person with the feedback survey: the case closes. */
  const terminate = async () => {
    const id = adultCase;
    const send = async (c: Client, body: Record<string, unknown>) =>
      ok(c.post(`/cases/${id}/events`, { version: await versionOf(id), ...body }));
    await send(cm, { event: "request_termination", reason: "goals_met" });
    await send(supervisor, { event: "approve_termination" });
    const feedback = {
      declined: false,
      respectful: 5,
      clearInformation: 4,
      timelyHelp: 5,
      feltSafe: 5,
      wouldRecommend: 5,
      comments: "Terima kasih atas pendampingannya",
    };
    const signer = { givenBy: "client", signature: { kind: "typed", name: SERVICES.signature } };
    const done = await ok(cm.post(`/cases/${id}/termination`, { version: await versionOf(id), signer, feedback }), 201);
    expect(done.case.status).toBe("closed");
  };

  it("the full case file is a PDF with letterhead, RAHASIA, register number, page numbers, the printer and the whole case", async () => {
    const [row] = await rows<{ register_number: string }>(sql`SELECT register_number FROM cases WHERE id = ${adultCase}`);
    const register = row?.register_number as string;
    expect(register).toMatch(/^PPA-3509-\d{4}-\d{5}$/);
    const { bytes, text, pages } = await printed(cm, adultCase, "full");
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(text).toContain("UPTD PPA Kabupaten Jember");
    expect(text).toContain("Jl. Kalimantan No. 42");
    expect(text).toContain(register);
    expect(text).toContain("Halaman 1 dari");
    expect(text).toContain(`Halaman ${pages} dari ${pages}`);
    expect(text).toMatch(/Dicetak oleh Wulan Manajer pada \d{2} \w+ \d{4} \d{2}\.\d{2} WIB/);
    // Every page carries the mark, the register number and its number.
    expect(text.split("RAHASIA").length - 1).toBe(pages);
    expect(text.split(register).length - 1).toBeGreaterThanOrEqual(pages);
    for (const expected of ["Dewi Lestari", "3509014506900001", "Bambang Sutejo", "0813-7777-5555", "Jl. Anggrek 9"])
      expect(text).toContain(expected);
    expect(text).toContain("Suami korban berinisial HK");
    // Sealed at rest (health data), printed as typed.
    expect(text).toContain("Disabilitas Ya: Tunarungu sejak kecil");
    expect(text).toContain("Catatan internal: suami pernah mengancam petugas");
    expect(text).toContain("Pelapor minta namanya tidak disebut");
    expect(text).toContain("Disetujui");
    expect(text).toContain("Rina Supervisor");
    expect(text).toContain("Penanganan kasus: diberikan");
    expect(text).toContain("Alasan pencabutan: Berubah pikiran setelah berdiskusi");
    // A signature is proof kept in the database, never printed.
    expect(text).not.toContain("Tanda tangan Dewi");
    expect(text).not.toContain(SERVICES.signature);
  });

  it("the full file holds every assessment, the agreed plan, every session, the police report, termination and feedback", async () => {
    const { text } = await printed(supervisor, adultCase, "full");
    const S = SERVICES;
    const day = (d: string) => dateOnly(d, "Asia/Jakarta");
    // Assessments: the final one and the re-assessment still in draft, each with who and when.
    expect(text).toContain("G. Asesmen biopsikososial");
    expect(text).toContain("Asesmen awal — Final");
    expect(text).toContain("Asesmen ulang — Draf (belum final)");
    expect(text).toMatch(/Difinalisasi oleh\s*Wulan Manajer, \d{2} \w+ \d{4}/);
    expect(text).toMatch(/Tingkat risiko\s*Tinggi/);
    for (const section of [S.physical, S.psychological, S.family, S.safety, S.needs, S.reassessed])
      expect(text).toContain(section);
    // The plan: each intervention with its provider (profession, partner agency), target date, goal and status.
    expect(text).toContain("H. Rencana layanan dan intervensi");
    expect(text).toMatch(
      /Disetujui oleh Klien secara tatap muka pada \d{2} \w+ \d{4} \d{2}\.\d{2} WIB; dicatat oleh Wulan Manajer/,
    );
    // Saved together, the interventions share their creation time: numbered in the order the services module lists them.
    for (const type of ["Dukungan psikologis", "Bantuan hukum", "Reintegrasi sosial"])
      expect(text).toMatch(new RegExp(`Intervensi [1-3]: ${type}`));
    expect(text).toContain("Ayu Psikolog (Psikolog)");
    expect(text).toContain("Made Advokat (Advokat), LBH Keadilan Jember");
    expect(text).toContain("Yuni Konselor (Konselor)");
    expect(text).toContain(day(dayFromNow(30)));
    for (const goal of [S.psychGoal, S.legalGoal, S.counselGoal]) expect(text).toContain(goal);
    expect(text).toMatch(/Status\s*Berjalan/);
    expect(text).toMatch(/Status\s*Direncanakan/);
    // Every session: date, what was done, result, follow-up, recorder, attachment by name only.
    expect(text).toContain(`Sesi ${day(heldOn.first)} Yang dilakukan: ${S.firstDone} Hasil: ${S.firstResult}`);
    expect(text).toContain(`Rencana tindak lanjut: ${S.firstFollowUp}`);
    expect(text).toContain(`Sesi ${day(heldOn.second)} Yang dilakukan: ${S.secondDone} Hasil: ${S.secondResult}`);
    expect(text).toContain(`Sesi ${day(heldOn.legal)} Yang dilakukan: ${S.legalDone} Hasil: ${S.legalResult}`);
    expect(text).toContain(`Rencana tindak lanjut: ${S.legalFollowUp}`);
    expect(text).toContain(`Lampiran (1 berkas): ${S.attachment}`);
    expect(text).toMatch(/Dicatat oleh Ayu Psikolog pada \d{2} \w+ \d{4}/);
    expect(text).toMatch(/Dicatat oleh Made Advokat pada \d{2} \w+ \d{4}/);
    expect(text).not.toContain("ISI-LAMPIRAN");
    // The police report (sexual violence, 3x24 h).
    expect(text).toContain("I. Pelaporan ke kepolisian (3×24 jam, UU 12/2022 TPKS)");
    expect(text).toContain("Sudah dilaporkan");
    expect(text).toMatch(/Dilaporkan ke kepolisian\s*\d{2} \w+ \d{4} \d{2}\.\d{2} WIB; dicatat oleh Wulan Manajer/);
    expect(text).toContain(S.policeReference);
    // The timeline names the services steps in Indonesian.
    expect(text).toContain("Rencana layanan disetujui klien");
    expect(text).toContain("Sesi intervensi dicatat");
    expect(text).toContain("Laporan ke kepolisian dicatat");
    // Termination: the reason, the signed form, the feedback.
    expect(text).toContain("L. Terminasi dan umpan balik");
    expect(text).toContain("Tujuan layanan tercapai");
    expect(text).toMatch(/Formulir terminasi ditandatangani Oleh Klien, tanda tangan diketik, langsung di hadapan petugas/);
    expect(text).toContain("Bantuan tepat waktu: 5 dari 5");
    expect(text).toContain("Informasi jelas: 4 dari 5");
    expect(text).toContain("Komentar: Terima kasih atas pendampingannya");
  });

  it("the victim's copy keeps the victim's data and the services delivered but drops other people's data and internal notes", async () => {
    const { text } = await printed(cm, adultCase, "victim");
    const S = SERVICES;
    expect(text).toContain("Salinan untuk korban");
    expect(text).toContain("Dewi Lestari");
    expect(text).toContain("3509014506900001");
    expect(text).toContain("Pendampingan hukum dan konseling");
    expect(text).toContain("Penanganan kasus: diberikan");
    expect(text).toContain("Terima kasih atas pendampingannya");
    expect(text).toContain("Asesmen awal — Final");
    for (const kept of [
      S.physical,
      S.psychological,
      S.needs,
      S.psychGoal,
      S.legalGoal,
      S.firstDone,
      S.firstResult,
      S.secondDone,
      S.legalResult,
      S.policeReference,
      "Made Advokat (Advokat), LBH Keadilan Jember",
      "Lampiran (1 berkas)",
      "Formulir terminasi ditandatangani",
    ])
      expect(text).toContain(kept);
    for (const absent of [
      "Bambang Sutejo",
      "0813-7777-5555",
      "Jl. Anggrek 9",
      "Suami korban berinisial HK",
      "Catatan internal",
      "Pelapor minta namanya",
      // told by the neighbour, not by the victim
      "suami memukul korban",
      // the draft re-assessment, and sections about other people
      "Asesmen ulang",
      S.reassessed,
      S.family,
      S.safety,
      // providers' working notes and what attachments are called
      "Rencana tindak lanjut",
      S.firstFollowUp,
      S.legalFollowUp,
      S.attachment,
    ])
      expect(text).not.toContain(absent);
  });

  it("a child's identity is printed for the case manager, supervisor and head; the victim's copy drops the guardian's name", async () => {
    for (const entitled of [cm, supervisor, head]) {
      const { text } = await printed(entitled, childCase);
      expect(text).toContain("Putri Anjani");
      expect(text).toContain("3509015003140002");
      expect(text).toContain("Orang tua/wali (Ibu) Siti Anjani");
      expect(text).toContain("Tidak berlaku: kasus ini tidak memuat kekerasan seksual.");
    }
    const childCopy = await printed(cm, childCase, "victim");
    expect(childCopy.text).toContain("Putri Anjani");
    expect(childCopy.text).toContain("Orang tua/wali (Ibu)");
    expect(childCopy.text).not.toContain("Siti Anjani");
  });

  it("every print is an audit event naming who, which case and which variant, with no name in it", async () => {
    const before = await printCount();
    await printed(head, childCase, "victim");
    const events = await rows<{ actor_id: string; target_id: string; details: Record<string, unknown> }>(
      sql`SELECT actor_id, target_id, details FROM audit_events WHERE action = 'case.file_printed' ORDER BY seq DESC`,
    );
    expect(events.length).toBe((before ?? 0) + 1);
    expect(events[0]).toMatchObject({
      target_id: childCase,
      details: { variant: "victim", category: "child", childIdentityShown: true },
    });
    expect(JSON.stringify(events)).not.toContain("Putri");
    await printed(cm, adultCase, "full");
    const [last] = await rows<{ actor_id: string; target_id: string; details: Record<string, unknown> }>(
      sql`SELECT actor_id, target_id, details FROM audit_events WHERE action = 'case.file_printed' ORDER BY seq DESC LIMIT 1`,
    );
    expect(last).toMatchObject({ actor_id: cmUser.id, target_id: adultCase, details: { variant: "full", category: "woman" } });
    expect(JSON.stringify(last)).not.toMatch(/Dewi|grounding|Polres/);
  });

  it("only the case's case manager and the unit's overseers print: others who see the case 403, the rest 404, none audited", async () => {
    const before = await printCount();
    expect((await print(officer, adultCase)).status).toBe(403);
    expect((await print(provider, adultCase)).status).toBe(403);
    // Holding an intervention shows the case, and the case_manager role carries case.file.print: still not theirs to print.
    expect((await cmProvider.get(`/cases/${adultCase}`)).status).toBe(200);
    for (const variant of ["full", "victim"] as const) {
      const res = await print(cmProvider, adultCase, variant);
      expect(res.status).toBe(403);
      expect(JSON.stringify(res.body)).not.toMatch(/Dewi|Bambang|grounding/);
    }
    for (const holder of [psych, advocate]) expect((await print(holder, adultCase)).status).toBe(403);
    // An officer who also manages cases sees the child's complaint they submitted, but may not print it.
    const pending = await submitted(officerCm, CHILD);
    const own = await print(officerCm, pending);
    expect(own.status).toBe(403);
    expect(JSON.stringify(own.body)).not.toContain("Putri");
    for (const c of [outsider, otherCm]) {
      const res = await print(c, childCase);
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain("Putri");
    }
    expect((await print(cm, crypto.randomUUID())).status).toBe(404);
    expect((await print(cm, adultCase, "copy" as "full")).status).toBe(400);
    expect(await printCount()).toBe(before);
  });
});
