// End to end in Chromium, five staff in five browser sessions and the client on a phone without one: a sexual-violence walk-in
// approved and assigned live; consent by link; assessment; a plan with two interventions, each recorded by its provider, who
// cannot open the other's; monitoring and the police deadline; termination sent back once, then approved; the termination
// form and feedback by link close the case on every screen; the case file PDF holds it all. Then the rejection path.
import fs from "node:fs/promises";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makePartner, makePost, makeUnit, makeUser } from "../../src/demo/factories.js";
import { yearIn } from "../../src/modules/cases/register-number.js";
import type { Role } from "../../src/platform/access/roles.js";
import { closeNotice, type LiveServer, launchBrowser, startLiveServer } from "./browser.js";
import { enterWalkIn, signedIn } from "./intake-form.js";
import { pdfText } from "./pdf-text.js";

const POST = "Pos Pengaduan Kaliwates";
const POLICE = "Polres Jember, Unit PPA";
const VICTIM = "Wulan Sari";
/** Waits for what another session or the server changes: generous, the machine is shared. */
const LIVE = { timeout: 30_000 };
const TEXT = {
  assessment: "Klien mengalami mimpi buruk berulang dan takut pulang ke rumah sejak kejadian.",
  safety: "Pelaku masih tinggal serumah; klien untuk sementara tinggal di rumah kakaknya.",
  psychSession: "Konseling individual pertama: psikoedukasi tentang trauma dan latihan pernapasan.",
  legalSession: "Mendampingi klien menyusun kronologi dan membuat laporan di Polres Jember.",
  sendBack: "Pastikan sesi konseling lanjutan sudah dijadwalkan sebelum terminasi.",
  feedback: "Petugas ramah dan menjelaskan setiap langkah dengan sabar.",
};
type Who = "officer" | "supervisor" | "manager" | "psych" | "advocate";

let server: LiveServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const people = {} as Record<Who, MadeUser>;
const staff = {} as Record<Who, { context: BrowserContext; page: Page }>;
let phone: BrowserContext;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  await server.ctx.database.db.transaction(async (tx) => {
    const unit = await makeUnit(tx, { name: "UPTD PPA Kabupaten Jember", regionCode: "3509" });
    await makePost(tx, unit.id, { name: POST });
    await makePartner(tx, unit.id, { name: POLICE, kind: "police" });
    const lbh = await makePartner(tx, unit.id, { name: "LBH Jember", kind: "legal_aid" });
    const make = (displayName: string, role: Role, more = {}) =>
      makeUser(server.ctx, tx, { displayName, password: "kopi-susu-gula-aren", roles: [{ role, unitId: unit.id }], ...more });
    people.officer = await make("Ayu Pratama", "intake_officer");
    people.supervisor = await make("Bambang Sutrisno", "supervisor");
    people.manager = await make("Nur Hidayati", "case_manager");
    people.psych = await make("Rina Wulandari", "service_provider", { profession: "psikolog" });
    people.advocate = await make("Yusuf Hakim", "service_provider", { profession: "advokat", partnerId: lbh.id });
  });
  // Five staff, each signed in in a browser session of their own; the client's phone has none.
  for (const who of Object.keys(people) as Who[]) staff[who] = await signedIn(browser.browser, server.url, people[who]);
  phone = await browser.browser.newContext({ locale: "id-ID", viewport: { width: 390, height: 844 }, isMobile: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The client opens a link on the phone and gives the code the case manager read out; returns the page at the form. */
async function openClientLink(url: string, code: string, heading: string): Promise<Page> {
  const page = await phone.newPage();
  await page.goto(url);
  await page.getByLabel("Kode").fill(code);
  await page.getByRole("button", { name: "Lanjut" }).click();
  await page.getByRole("heading", { name: heading }).waitFor();
  return page;
}

/** The code and address of a client link just made, from the card the case manager sees. */
async function createdLink(page: Page, testId: string): Promise<{ code: string; url: string }> {
  const created = page.getByRole("dialog").getByTestId(testId);
  await created.waitFor();
  const code = ((await created.getByTestId("verification-code").textContent()) ?? "").trim();
  expect(code).toMatch(/^\d{6}$/);
  const url = await created.getByLabel("Tautan", { exact: true }).inputValue();
  expect(url).toMatch(/\/s\/[A-Za-z0-9_-]+$/);
  return { code, url };
}

/** The provider opens "Pekerjaan saya", then their one intervention, and records a session; returns its id. */
async function recordSession(page: Page, service: string, done: string): Promise<string> {
  await page.getByRole("link", { name: "Pekerjaan saya", exact: true }).click();
  const rows = page.getByTestId("intervention-worklist").getByTestId("intervention-work-row");
  await rows.first().waitFor();
  await expect.poll(() => rows.count()).toBe(1);
  await rows.getByRole("link", { name: service }).click();
  await page.getByRole("heading", { name: `Intervensi: ${service}` }).waitFor();
  await expect.poll(() => page.getByTestId("intervention-session-date").inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await page.getByTestId("intervention-session-done").fill(done);
  await page.getByTestId("intervention-session-result").fill("Klien memahami langkah berikutnya dan merasa lebih tenang.");
  await page.getByTestId("intervention-session-follow-up").fill("Pertemuan berikutnya dua minggu lagi.");
  await page.getByTestId("intervention-session-save").click();
  await page.getByTestId("intervention-session").getByText(done).waitFor();
  return new URL(page.url()).pathname.split("/").pop() as string;
}

async function requestTermination(page: Page): Promise<void> {
  await page.getByTestId("case-actions").getByRole("button", { name: "Ajukan terminasi" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Alasan").selectOption("goals_met");
  await dialog.getByRole("button", { name: "Ajukan terminasi" }).click();
  await page.getByTestId("case-status").getByText("Terminasi diminta").waitFor();
}

/** The intake officer enters a walk-in and sends it to the supervisor. */
async function submitWalkIn(victim: string, violence?: string[]): Promise<string> {
  const page = staff.officer.page;
  const code = await enterWalkIn(page, server.url, POST, victim, violence);
  await page.getByRole("button", { name: "Ajukan ke supervisor" }).click();
  await page.getByTestId("report-status").getByText("Menunggu persetujuan").waitFor();
  return code;
}

describe("the whole case workflow, five staff and the client, in Chromium", () => {
  it("from the walk-in to the closed case and its case file", async () => {
    const sup = staff.supervisor.page;
    const cm = staff.manager.page;
    const register = `PPA-3509-${yearIn("Asia/Jakarta", new Date())}-00001`;

    // 1-2. The supervisor waits on the approval queue; the officer's complaint appears there without a reload.
    await sup.goto(`${server.url}/console/cases/approvals`);
    await sup.getByText("Tidak ada kasus.").waitFor();
    const complaint = await submitWalkIn(VICTIM, ["Fisik", "Psikis", "Seksual"]);
    // Before its register number, the complaint's tracking code names the case.
    const queued = sup.getByTestId("approval-queue").getByRole("link", { name: `Pengaduan ${complaint}` });
    await queued.waitFor(LIVE);
    await queued.click();
    await sup.getByRole("heading", { name: `Pengaduan ${complaint}` }).waitFor();
    await sup.getByTestId("case-actions").getByRole("button", { name: "Setujui dan tunjuk manajer kasus" }).click();
    const approve = sup.getByRole("dialog");
    const choice = approve.getByLabel("Manajer kasus");
    const caseload = "Nur Hidayati — 0 kasus aktif, 0 risiko tinggi";
    await choice.locator("option", { hasText: caseload }).waitFor({ state: "attached" });
    await choice.selectOption({ label: caseload });
    await approve.getByRole("button", { name: "Setujui dan tunjuk manajer kasus" }).click();
    await sup.getByRole("heading", { name: `Kasus ${register}` }).waitFor();
    await expect.poll(() => sup.getByTestId("case-status").textContent()).toBe("Berjalan");
    // The officer, on the complaint's page, reads the decision and the register number.
    await staff.officer.page.reload();
    const decided = staff.officer.page.getByTestId("report-case-decision");
    await decided.getByTestId("report-case-outcome").getByText("Disetujui", { exact: true }).waitFor();
    await decided.getByText(register).waitFor();

    // 3. The case manager, on the home page, is told at once and opens the case from the notice.
    await cm.getByText("Kasus baru untuk Anda").waitFor(LIVE);
    await cm.getByText("Anda ditunjuk sebagai manajer kasus. Klik untuk membuka kasusnya.").click();
    await cm.getByRole("heading", { name: `Kasus ${register}` }).waitFor();
    // The notice, once opened, closes: it no longer covers the case page's buttons.
    await cm.getByText("Kasus baru untuk Anda").waitFor({ state: "detached" });
    const caseId = new URL(cm.url()).pathname.split("/").pop() as string;
    expect(sup.url()).toContain(caseId);

    // Consent by link: all three purposes, the police named for sharing; the client agrees on the phone with the code.
    await cm.getByTestId("consent-tab-button").click();
    const purpose = (code: string) => cm.getByTestId(`consent-purpose-${code}`);
    await expect.poll(() => purpose("case_handling").getAttribute("data-state"), LIVE).toBe("not_asked");
    await cm.getByTestId("consent-request-link").click();
    const ask = cm.getByRole("dialog");
    const asked = ask.getByTestId("consent-link-purposes").getByRole("checkbox");
    await expect.poll(() => asked.count()).toBe(3);
    for (const box of await asked.all()) expect(await box.isChecked()).toBe(true);
    await ask.getByTestId("consent-partners").getByLabel(POLICE).check();
    await ask.getByTestId("consent-link-channel").selectOption("manual");
    await ask.getByTestId("consent-link-create").click();
    const consentLink = await createdLink(cm, "consent-created-link");
    await ask.getByTestId("consent-created-link").getByRole("button", { name: "Tandai terkirim" }).click();
    await ask.getByRole("button", { name: "Sudah ditandai terkirim" }).waitFor();
    await ask.getByRole("button", { name: "Selesai" }).click();
    const client = await openClientLink(consentLink.url, consentLink.code, "Berbagi data dengan lembaga mitra");
    for (const box of await client.getByRole("checkbox", { name: "Saya setuju" }).all()) await box.check();
    await client.getByLabel("Ketik nama lengkap Anda sebagai tanda tangan").fill(VICTIM);
    await client.getByRole("button", { name: "Kirim" }).click();
    await client.getByRole("heading", { name: "Terima kasih" }).waitFor();
    await client.close();
    for (const p of ["case_handling", "partner_sharing", "national_reporting"]) {
      await expect.poll(() => purpose(p).getAttribute("data-state"), LIVE).toBe("granted");
    }
    await purpose("partner_sharing").getByText(`Lembaga mitra: ${POLICE}`).waitFor();

    // 4. The assessment, written, saved and finalised with a risk level.
    await cm.getByTestId("assessment-tab-button").click();
    await cm.getByTestId("assessment-start").click();
    await cm.getByTestId("assessment-section-physicalHealth").fill("Memar di lengan kiri; sudah diperiksa di puskesmas.");
    await cm.getByTestId("assessment-section-psychological").fill(TEXT.assessment);
    await cm.getByTestId("assessment-section-legal").fill("Belum melapor ke polisi; klien ingin didampingi advokat.");
    await cm.getByTestId("assessment-section-safetyRisk").fill(TEXT.safety);
    await cm.getByTestId("assessment-section-needsExpectations").fill("Konseling psikologis dan bantuan hukum.");
    await cm.getByTestId("assessment-risk").selectOption("high");
    await cm.getByTestId("assessment-save").click();
    await cm
      .getByTestId("assessment-editor")
      .getByText(/^Tersimpan \(versi \d+\)\.$/)
      .waitFor();
    await cm.getByTestId("assessment-finalise").click();
    await cm.getByRole("dialog").getByRole("button", { name: "Finalisasi asesmen" }).click();
    const assessment = cm.getByTestId("assessment-view");
    await assessment.getByTestId("assessment-status").getByText("Final").waitFor();
    await assessment.getByText(TEXT.assessment).waitFor();

    // The plan: psychological support by the psychologist, legal aid by the advocate; the client agrees.
    await cm.getByTestId("plan-tab-button").click();
    await cm.getByTestId("plan-edit").click();
    const rows = cm.getByTestId("plan-edit-row");
    await rows.nth(0).getByTestId("plan-service-type").selectOption("psychological_support");
    await rows.nth(0).getByTestId("plan-provider").selectOption(people.psych.id);
    await rows.nth(0).getByTestId("plan-target-date").fill(inDays(21));
    await rows.nth(0).getByTestId("plan-goal").fill("Mengurangi kecemasan dan memulihkan pola tidur klien.");
    await cm.getByTestId("plan-add-row").click();
    await rows.nth(1).getByTestId("plan-service-type").selectOption("legal_aid");
    await rows.nth(1).getByTestId("plan-provider").selectOption(people.advocate.id);
    await rows.nth(1).getByTestId("plan-target-date").fill(inDays(30));
    await rows.nth(1).getByTestId("plan-goal").fill("Mendampingi klien melapor ke polisi dan selama pemeriksaan.");
    await cm.getByTestId("plan-save").click();
    await cm.getByTestId("plan-table").waitFor();
    await closeNotice(cm, "Rencana layanan tersimpan.");
    await expect.poll(() => cm.getByTestId("plan-row").count()).toBe(2);
    await cm.getByTestId("plan-agree").click();
    await cm.getByTestId("plan-agreed-via").selectOption("in_person");
    await cm.getByTestId("plan-agree-confirm").click();
    await cm.locator('[data-testid="plan-agreement"][data-agreed="true"]').waitFor();
    const planned = await cm.getByTestId("plan-row").evaluateAll((els) => els.map((e) => e.getAttribute("data-intervention-id")));

    // 5. Each provider records a session on their own intervention, and cannot open the other's.
    const psych = staff.psych.page;
    const advocate = staff.advocate.page;
    const psychId = await recordSession(psych, "Dukungan psikologis", TEXT.psychSession);
    const advocateId = await recordSession(advocate, "Bantuan hukum", TEXT.legalSession);
    expect(new Set([psychId, advocateId])).toEqual(new Set(planned));
    await psych.goto(`${server.url}/console/interventions/${advocateId}`);
    await psych.getByTestId("not-found").waitFor();
    await expect.poll(() => psych.getByText(TEXT.legalSession).count()).toBe(0);
    await advocate.goto(`${server.url}/console/interventions/${psychId}`);
    await advocate.getByTestId("not-found").waitFor();
    await expect.poll(() => advocate.getByText(TEXT.psychSession).count()).toBe(0);

    // 6. Monitoring: one session on each intervention; the police report, due in 3x24 hours, recorded as made.
    await cm.getByTestId("monitoring-tab-button").click();
    for (const id of planned) {
      const row = cm.locator(`[data-testid="monitoring-row"][data-intervention-id="${id}"]`);
      await row.getByTestId("monitoring-row-sessions").getByText("1", { exact: true }).waitFor();
    }
    const police = cm.getByTestId("monitoring-police");
    await police.getByTestId("monitoring-police-state").getByText("Belum dilaporkan").waitFor();
    await police
      .getByTestId("monitoring-police-left")
      .getByText(/^Sisa waktu 2 hari \d+ jam$/)
      .waitFor();
    // The case manager's home lists the case as waiting for them, with the police report's time left.
    const home = await cm.context().newPage();
    await home.goto(`${server.url}/console/`);
    const waiting = home.getByTestId("waiting-cases").getByTestId("waiting-case").filter({ hasText: register });
    await waiting.locator('[data-flag="police-pending"]').waitFor();
    await home.close();
    await police.getByTestId("monitoring-police-meet").click();
    await cm.getByTestId("monitoring-police-reference").fill("LP/B/77/2026/Polres Jember");
    await cm.getByTestId("monitoring-police-confirm").click();
    await police.getByTestId("monitoring-police-state").getByText("Sudah dilaporkan").waitFor();

    // 7. Termination: asked, sent back with a comment the case manager reads, asked again, approved.
    await cm.getByRole("tab", { name: "Ringkasan" }).click();
    await requestTermination(cm);
    await sup.getByTestId("case-status").getByText("Terminasi diminta").waitFor(LIVE);
    await sup.getByTestId("case-actions").getByRole("button", { name: "Kembalikan permintaan terminasi" }).click();
    const back = sup.getByRole("dialog");
    await back.getByLabel("Komentar").fill(TEXT.sendBack);
    await back.getByRole("button", { name: "Kembalikan permintaan terminasi" }).click();
    await sup.getByTestId("case-status").getByText("Berjalan").waitFor();
    await cm.getByTestId("case-status").getByText("Berjalan").waitFor(LIVE);
    await cm.getByTestId("case-timeline").getByText(TEXT.sendBack).waitFor();
    await requestTermination(cm);
    const approveTermination = sup.getByTestId("case-actions").getByRole("button", { name: "Setujui terminasi" });
    await approveTermination.waitFor(LIVE);
    await approveTermination.click();
    await sup.getByRole("dialog").getByRole("button", { name: "Setujui terminasi" }).click();
    await sup.getByTestId("case-status").getByText("Terminasi disetujui").waitFor();

    // 8. The termination form by link: the client signs and gives feedback; the case closes on both screens.
    await cm.getByTestId("case-status").getByText("Terminasi disetujui").waitFor(LIVE);
    const homeAgain = await cm.context().newPage();
    await homeAgain.goto(`${server.url}/console/`);
    await homeAgain
      .getByTestId("waiting-case")
      .filter({ hasText: register })
      .getByText("Terminasi disetujui: minta klien menandatangani formulir terminasi")
      .waitFor();
    await homeAgain.close();
    await cm.getByTestId("termination-tab-button").click();
    await cm.getByTestId("termination-send-link").click();
    await cm.getByRole("dialog").getByTestId("termination-link-create").click();
    const terminationLink = await createdLink(cm, "termination-created-link");
    await cm.getByRole("dialog").getByRole("button", { name: "Selesai" }).click();
    const linkRow = cm.getByTestId("termination-links-row");
    await linkRow.getByTestId("client-link-mark-sent").click();
    await expect.poll(() => linkRow.getAttribute("data-state"), LIVE).toBe("sent");
    const form = await openClientLink(terminationLink.url, terminationLink.code, "Pernyataan selesai layanan");
    for (const question of [
      "Saya diperlakukan dengan hormat.",
      "Informasi yang diberikan jelas.",
      "Bantuan datang tepat waktu.",
      "Saya merasa aman.",
      "Saya akan menyarankan layanan ini kepada orang lain.",
    ]) {
      await form.getByRole("group", { name: question }).getByRole("radio", { name: "5" }).check();
    }
    await form.getByLabel("Saran atau komentar (tidak wajib)").fill(TEXT.feedback);
    await form.getByLabel("Ketik nama lengkap Anda sebagai tanda tangan").fill(VICTIM);
    await form.getByRole("button", { name: "Kirim" }).click();
    await form.getByRole("heading", { name: "Terima kasih" }).waitFor();
    expect(await phone.cookies()).toEqual([]);
    await cm.getByTestId("case-status").getByText("Ditutup").waitFor(LIVE);
    await sup.getByTestId("case-status").getByText("Ditutup").waitFor(LIVE);
    const signed = cm.getByTestId("termination-form");
    await signed.getByTestId("termination-feedback").getByText(TEXT.feedback).waitFor();
    await expect.poll(() => signed.getByTestId("termination-feedback").getByText("5 / 5").count()).toBe(5);
    await expect.poll(() => linkRow.getAttribute("data-state"), LIVE).toBe("used");

    // 9. The case file, downloaded from the overview, holds the whole case.
    await cm.getByRole("tab", { name: "Ringkasan" }).click();
    const [download, response] = await Promise.all([
      cm.waitForEvent("download"),
      cm.waitForResponse((r) => r.url().includes(`/api/v1/cases/${caseId}/file?variant=full`)),
      cm.getByTestId("case-file-full").click(),
    ]);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(download.suggestedFilename()).toBe(`berkas-${register}-lengkap.pdf`);
    const { text } = await pdfText(await fs.readFile(await download.path()));
    expect(text).toContain(register);
    expect(text).toContain("RAHASIA");
    expect(text).toContain(VICTIM);
    // Soft: every missing part of the file is reported, not only the first.
    expect.soft(text, "consent").toContain("Penanganan kasus: diberikan");
    expect.soft(text, "consent partner").toContain(`Lembaga mitra: ${POLICE}`);
    expect.soft(text, "assessment").toContain(TEXT.assessment);
    expect.soft(text, "assessment").toContain(TEXT.safety);
    expect.soft(text, "psychologist's session").toContain(TEXT.psychSession);
    expect.soft(text, "advocate's session").toContain(TEXT.legalSession);
    expect.soft(text, "termination").toContain("Formulir terminasi ditandatangani");
    expect.soft(text, "termination reason").toContain("Alasan terminasi Tujuan layanan tercapai");
    expect.soft(text, "feedback").toContain(TEXT.feedback);
  });

  it("a complaint rejected with a reason and a suggested referral is closed, and the intake officer sees it", async () => {
    const sup = staff.supervisor.page;
    await sup.goto(`${server.url}/console/cases/approvals`);
    await sup.getByText("Tidak ada kasus.").waitFor();
    const code = await submitWalkIn("Siti Rahma");
    const officer = staff.officer.page;
    await officer.getByTestId("report-case-outcome").getByText("Menunggu persetujuan").waitFor();
    const queued = sup.getByTestId("approval-queue").getByRole("link", { name: `Pengaduan ${code}` });
    await queued.waitFor(LIVE);
    await queued.click();
    await sup.getByTestId("case-actions").getByRole("button", { name: "Tolak" }).click();
    const dialog = sup.getByRole("dialog");
    await dialog.getByLabel("Alasan").selectOption("referred_elsewhere");
    await dialog.getByLabel("Saran rujukan ke lembaga mitra").selectOption({ label: POLICE });
    await dialog.getByLabel("Komentar").fill("Korban sudah melapor dan didampingi Unit PPA Polres.");
    await dialog.getByRole("button", { name: "Tolak" }).click();
    await sup.getByTestId("case-status").getByText("Ditutup").waitFor();
    await sup.getByText("Dirujuk ke lembaga lain").first().waitFor();
    await expect.poll(() => sup.getByRole("heading", { name: /^Kasus PPA-/ }).count()).toBe(0);
    // Closed without a number, the case is still named by its complaint, not as one awaiting approval.
    await sup.getByRole("heading", { name: `Pengaduan ${code}` }).waitFor();

    // The officer's complaint page tells the decision.
    await officer.reload();
    await officer.getByRole("heading", { name: `Pengaduan ${code}` }).waitFor();
    const decision = officer.getByTestId("report-case-decision");
    await decision.getByTestId("report-case-outcome").getByText("Ditolak", { exact: true }).waitFor();
    await decision.getByText("Dirujuk ke lembaga lain").waitFor();
    await decision.getByText(POLICE).waitFor();
    await expect.poll(() => officer.getByTestId("report-status").textContent()).toBe("Ditolak");
  });
});
