// The printable case file through the API: a real PDF (text extracted), the victim's copy, a child's identity, audit, refusals.
import { sql } from "drizzle-orm";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makePost, makeUnit, makeUser, type UserSpec } from "../../src/demo/factories.js";
import { sealConsent } from "../../src/modules/cases/consent/consent-seal.js";
import { caseFeedback, consentRecords, terminationForms } from "../../src/modules/cases/consent/schema.js";
import { Client } from "../helpers/client.js";
import { WALK_IN } from "../helpers/intake-body.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

/** The text of every page of a PDF, as pdf.js reads it, whitespace collapsed. */
async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    for (const item of content.items) if ("str" in item) parts.push(item.str, item.hasEOL ? "\n" : "");
    parts.push("\n");
  }
  await pdf.destroy();
  return { pages: pdf.numPages, text: parts.join("").replace(/[ \t]+/g, " ") };
}

const ADULT = {
  ...WALK_IN,
  reporterRelation: "neighbour",
  reporterName: "Bambang Sutejo",
  reporterPhone: "0813-7777-5555",
  victimName: "Dewi Lestari",
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
  let outsider: Client;
  let adultCase: string;
  let childCase: string;

  const staff = (roles: UserSpec["roles"], displayName?: string) =>
    makeUser(t.ctx, t.ctx.database.db, { roles, ...(displayName ? { displayName } : {}) });
  const signedIn = async (u: MadeUser) => {
    const c = new Client(t.app);
    expect((await c.signIn(u.username, u.password)).status).toBe(200);
    return c;
  };
  const rows = async <T>(query: ReturnType<typeof sql>) =>
    ((await t.ctx.database.db.execute(query)) as unknown as { rows: T[] }).rows;
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
    const officerUser = await staff([{ role: "intake_officer", unitId: jember }]);
    supervisorUser = await staff([{ role: "supervisor", unitId: jember }], "Rina Supervisor");
    cmUser = await staff([{ role: "case_manager", unitId: jember }], "Wulan Manajer");
    officerCmUser = await staff([
      { role: "intake_officer", unitId: jember },
      { role: "case_manager", unitId: jember },
    ]);
    officer = await signedIn(officerUser);
    supervisor = await signedIn(supervisorUser);
    head = await signedIn(await staff([{ role: "head", unitId: jember }]));
    cm = await signedIn(cmUser);
    otherCm = await signedIn(await staff([{ role: "case_manager", unitId: jember }]));
    officerCm = await signedIn(officerCmUser);
    provider = await signedIn(await staff([{ role: "service_provider", unitId: jember }]));
    outsider = await signedIn(await staff([{ role: "supervisor", unitId: surabaya }]));
    adultCase = await submitted(officer, ADULT);
    await approve(adultCase);
    expect(
      (await cm.post(`/cases/${adultCase}/notes`, { content: "Catatan internal: suami pernah mengancam petugas" })).status,
    ).toBe(201);
    childCase = await submitted(officer, CHILD);
    await approve(childCase);
    await recordConsentAndTermination();
  });

  /** Consent, a termination form and feedback as the consent module stores them (written directly: the file only reads them). */
  const recordConsentAndTermination = async () => {
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
    const [form] = await db
      .insert(terminationForms)
      .values({ ...given, caseId: adultCase, signedBy: "client" })
      .returning({ id: terminationForms.id });
    await db.insert(caseFeedback).values({
      caseId: adultCase,
      terminationFormId: form?.id as string,
      declined: false,
      respectful: 5,
      clearInformation: 4,
      timelyHelp: 5,
      feltSafe: 5,
      wouldRecommend: 5,
      commentsEnc: sealConsent(c, "feedback_comments", "Terima kasih atas pendampingannya"),
    });
  };
  afterAll(() => t.close());

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
    expect(text).toContain("Catatan internal: suami pernah mengancam petugas");
    expect(text).toContain("Pelapor minta namanya tidak disebut");
    expect(text).toContain("Disetujui");
    expect(text).toContain("Rina Supervisor");
    expect(text).toContain("Penanganan kasus: diberikan");
    expect(text).toContain("Alasan pencabutan: Berubah pikiran setelah berdiskusi");
    expect(text).toContain("Formulir terminasi ditandatangani");
    expect(text).toContain("Bantuan tepat waktu: 5 dari 5");
    expect(text).toContain("Terima kasih atas pendampingannya");
    // A signature is proof kept in the database, never printed.
    expect(text).not.toContain("Tanda tangan Dewi");
    expect(text).toContain("G. Asesmen biopsikososial");
    expect(text).toContain("Belum ada catatan.");
  });

  it("the victim's copy keeps the victim's data and the services but drops the reporter, the perpetrator and internal notes", async () => {
    const { text } = await printed(cm, adultCase, "victim");
    expect(text).toContain("Salinan untuk korban");
    expect(text).toContain("Dewi Lestari");
    expect(text).toContain("3509014506900001");
    expect(text).toContain("Pendampingan hukum dan konseling");
    expect(text).toContain("Penanganan kasus: diberikan");
    expect(text).toContain("Terima kasih atas pendampingannya");
    for (const absent of [
      "Bambang Sutejo",
      "0813-7777-5555",
      "Jl. Anggrek 9",
      "Suami korban berinisial HK",
      "Catatan internal",
      "Pelapor minta namanya",
      // told by the neighbour, not by the victim
      "suami memukul korban",
    ])
      expect(text).not.toContain(absent);
  });

  it("a child's identity is printed for the case manager, supervisor and head, and withheld from anyone else", async () => {
    for (const entitled of [cm, supervisor, head]) {
      const { text } = await printed(entitled, childCase);
      expect(text).toContain("Putri Anjani");
      expect(text).toContain("3509015003140002");
      expect(text).toContain("Orang tua/wali (Ibu) Siti Anjani");
    }
    const childCopy = await printed(cm, childCase, "victim");
    expect(childCopy.text).toContain("Putri Anjani");
    expect(childCopy.text).toContain("Orang tua/wali (Ibu)");
    expect(childCopy.text).not.toContain("Siti Anjani");
    // An officer who also manages cases sees the child's complaint they submitted, but is not entitled to the identity.
    const pending = await submitted(officerCm, CHILD);
    const { text } = await printed(officerCm, pending);
    expect(text).toContain("P. A.");
    expect(text).toContain("[disembunyikan]");
    for (const absent of ["Putri", "Anjani", "3509015003140002", "Jl. Kenanga", "2014", "Tetangga, 50 tahun", "suami memukul"])
      expect(text).not.toContain(absent);
    const victimCopy = await printed(officerCm, pending, "victim");
    expect(victimCopy.text).not.toContain("Putri");
  });

  it("every print is an audit event naming who, which case and which variant, with no name in it", async () => {
    const before = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'case.file_printed'`);
    await printed(head, childCase, "victim");
    const events = await rows<{ actor_id: string; target_id: string; details: Record<string, unknown> }>(
      sql`SELECT actor_id, target_id, details FROM audit_events WHERE action = 'case.file_printed' ORDER BY seq DESC`,
    );
    expect(events.length).toBe((before[0]?.n ?? 0) + 1);
    expect(events[0]).toMatchObject({
      target_id: childCase,
      details: { variant: "victim", category: "child", childIdentityShown: true },
    });
    expect(JSON.stringify(events)).not.toContain("Putri");
    const [officerCmPrint] = await rows<{ details: Record<string, unknown> }>(
      sql`SELECT details FROM audit_events WHERE action = 'case.file_printed' AND actor_id = ${officerCmUser.id} ORDER BY seq LIMIT 1`,
    );
    expect(officerCmPrint?.details).toMatchObject({ childIdentityShown: false });
  });

  it("roles without the permission get 403; another unit, another case manager and unknown cases get 404; nothing is audited", async () => {
    const before = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'case.file_printed'`);
    expect((await print(officer, adultCase)).status).toBe(403);
    expect((await print(provider, adultCase)).status).toBe(403);
    for (const c of [outsider, otherCm]) {
      const res = await print(c, childCase);
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain("Putri");
    }
    expect((await print(cm, crypto.randomUUID())).status).toBe(404);
    expect((await print(cm, adultCase, "copy" as "full")).status).toBe(400);
    const after = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'case.file_printed'`);
    expect(after[0]?.n).toBe(before[0]?.n);
  });
});
