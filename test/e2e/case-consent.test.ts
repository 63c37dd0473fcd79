// End to end in Chromium: on an open case the case manager asks consent by link; the client, on a phone without a session,
// opens it with the code and agrees; the case manager sees it live, withdraws one purpose and records it again in person,
// downloads the case file (full and victim's copy, real PDFs); after termination is approved the termination form is signed
// in person with a drawn signature and feedback, and the case closes.
import fs from "node:fs/promises";
import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makePartner, makeUnit, makeUser } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { openCaseForApproval } from "../../src/modules/cases/open-case-for-approval.js";
import { applyCaseEvent } from "../../src/modules/cases/send-case-event.js";
import { reports } from "../../src/modules/reports/schema.js";
import type { Role } from "../../src/platform/access/roles.js";
import { type LiveServer, launchBrowser, startLiveServer } from "./browser.js";
import { signedIn } from "./intake-form.js";

const PARTNER = "Polres Jember, Unit PPA";
let server: LiveServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let caseId = "";
const people: Record<"supervisor" | "manager", MadeUser> = {} as never;

const actorOf = (userId: string, role: Role, unitId: string) => ({
  userId,
  sessionHash: "e2e",
  stage: "full" as const,
  grants: [{ role, unitId }],
  lang: "id" as const,
});

beforeAll(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  const ctx = server.ctx;
  await ctx.database.db.transaction(async (tx) => {
    const unit = await makeUnit(tx, { name: "UPTD PPA Kabupaten Jember", regionCode: "3509" });
    await makePartner(tx, unit.id, { name: PARTNER });
    const make = (displayName: string, role: Role) =>
      makeUser(ctx, tx, { displayName, password: "kopi-susu-gula-aren", roles: [{ role, unitId: unit.id }] });
    const officer = await make("Dewi Lestari", "intake_officer");
    people.supervisor = await make("Bambang Sutrisno", "supervisor");
    const manager = await make("Nur Hidayati", "case_manager");
    people.manager = manager;
    // A complaint submitted by the intake officer and approved by the supervisor, through THE transition table.
    const report = await makeReport(ctx, tx, {
      unitId: unit.id,
      channel: "walk_in",
      status: "awaiting_approval",
      victimName: "Ratna Dewi",
      enteredBy: officer.id,
    });
    const submittedAt = new Date();
    await tx.update(reports).set({ riskLevel: "medium", submittedBy: officer.id, submittedAt }).where(eq(reports.id, report.id));
    caseId = await openCaseForApproval(tx, {
      reportId: report.id,
      unitId: unit.id,
      submittedBy: officer.id,
      submittedAt,
      riskLevel: "medium",
    });
    const boss = actorOf(people.supervisor.id, "supervisor", unit.id);
    await applyCaseEvent(tx, ctx, boss, caseId, { event: "approve", version: 1, caseManagerId: manager.id });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const purpose = (page: Page, code: string) => page.getByTestId(`consent-purpose-${code}`);

/** Clicks a case-file button and returns the downloaded bytes and the response's content type. */
async function downloadCaseFile(page: Page, testId: string, variant: string) {
  const [download, response] = await Promise.all([
    page.waitForEvent("download"),
    page.waitForResponse((r) => r.url().includes(`/api/v1/cases/${caseId}/file?variant=${variant}`)),
    page.getByTestId(testId).click(),
  ]);
  const path = await download.path();
  return { bytes: await fs.readFile(path), type: response.headers()["content-type"], name: download.suggestedFilename() };
}

describe("consent, case file and termination form in Chromium", () => {
  it("consent by link, live on the case; withdrawal; in person; case file; termination form in person closes the case", async () => {
    const cm = await signedIn(browser.browser, server.url, people.manager);
    const year = new Date().getFullYear();
    await cm.page.goto(`${server.url}/console/cases/${caseId}`);
    await cm.page.getByRole("heading", { name: `Kasus PPA-3509-${year}-00001` }).waitFor();
    await cm.page.getByRole("tab", { name: "Persetujuan" }).click();
    for (const p of ["case_handling", "partner_sharing", "national_reporting"]) {
      await expect.poll(() => purpose(cm.page, p).getAttribute("data-state")).toBe("not_asked");
    }

    // Ask by link: all three purposes, the partner named, sent from the officer's own phone.
    await cm.page.getByTestId("consent-request-link").click();
    const ask = cm.page.getByRole("dialog");
    await ask.getByTestId("consent-partners").getByLabel(PARTNER).check();
    await ask.getByTestId("consent-link-create").click();
    const created = ask.getByTestId("consent-created-link");
    await created.waitFor();
    const code = ((await created.getByTestId("verification-code").textContent()) ?? "").trim();
    expect(code).toMatch(/^\d{6}$/);
    const url = await created.getByLabel("Tautan", { exact: true }).inputValue();
    expect(url).toMatch(/\/s\/[A-Za-z0-9_-]+$/);
    await created.getByRole("img", { name: "Kode QR tautan verifikasi" }).waitFor();
    await created.getByRole("button", { name: "Tandai terkirim" }).click();
    await created.getByRole("button", { name: "Sudah ditandai terkirim" }).waitFor();
    await ask.getByRole("button", { name: "Selesai" }).click();
    const linkRow = cm.page.getByTestId("consent-links-row");
    await expect.poll(() => linkRow.getAttribute("data-state")).toBe("sent");

    // The client, on another device with no session: the code, then each statement agreed and a typed signature.
    const client = await browser.newContext();
    const phone = await client.newPage();
    await phone.goto(url);
    await phone.getByLabel("Kode").fill(code);
    await phone.getByRole("button", { name: "Lanjut" }).click();
    await phone.getByRole("heading", { name: "Berbagi data dengan lembaga mitra" }).waitFor();
    for (const box of await phone.getByRole("checkbox", { name: "Saya setuju" }).all()) await box.check();
    await phone.getByLabel("Ketik nama lengkap Anda sebagai tanda tangan").fill("Ratna Dewi");
    await phone.getByRole("button", { name: "Kirim" }).click();
    await phone.getByRole("heading", { name: "Terima kasih" }).waitFor();
    expect(await client.cookies()).toEqual([]);
    await client.close();

    // The case manager's screen follows without a reload.
    await expect.poll(() => purpose(cm.page, "case_handling").getAttribute("data-state"), { timeout: 15_000 }).toBe("granted");
    await expect.poll(() => purpose(cm.page, "partner_sharing").getAttribute("data-state")).toBe("granted");
    await expect.poll(() => purpose(cm.page, "national_reporting").getAttribute("data-state")).toBe("granted");
    await purpose(cm.page, "partner_sharing").getByText(`Lembaga mitra: ${PARTNER}`).waitFor();
    await expect.poll(() => linkRow.getAttribute("data-state")).toBe("used");
    await expect.poll(() => cm.page.getByTestId("consent-history-row").count()).toBe(3);
    await expect.poll(() => cm.page.getByTestId("consent-history").getByText("Klien sendiri").count()).toBe(3);

    // The client withdraws consent to sharing.
    await cm.page.getByTestId("consent-withdraw-partner_sharing").click();
    const withdraw = cm.page.getByRole("dialog");
    await withdraw.getByLabel("Alasan penarikan").fill("Klien tidak ingin datanya dibagikan ke kepolisian untuk saat ini.");
    await withdraw.getByTestId("consent-withdraw-confirm").click();
    await expect.poll(() => purpose(cm.page, "partner_sharing").getAttribute("data-state")).toBe("withdrawn");
    await cm.page
      .getByTestId("consent-withdrawn-note")
      .getByText(/Ditarik .* oleh Nur Hidayati/)
      .waitFor();
    await expect.poll(() => purpose(cm.page, "case_handling").getAttribute("data-state")).toBe("granted");

    // Later she agrees to sharing again, in person, on the officer's screen.
    await cm.page.getByTestId("consent-record-in-person").click();
    const inPerson = cm.page.getByRole("dialog");
    await inPerson.getByTestId("consent-decision-partner_sharing").getByRole("radio", { name: "Setuju", exact: true }).check();
    await inPerson.getByTestId("consent-partners").getByLabel(PARTNER).check();
    await inPerson.getByTestId("consent-text-partner_sharing").getByText(`kepada lembaga berikut`).waitFor();
    await inPerson.getByLabel("Nama lengkap sebagai tanda tangan").fill("Ratna Dewi");
    await inPerson.getByTestId("consent-in-person-save").click();
    await inPerson.waitFor({ state: "detached" });
    await expect.poll(() => purpose(cm.page, "partner_sharing").getAttribute("data-state")).toBe("granted");
    await expect.poll(() => cm.page.getByTestId("consent-history-row").count()).toBe(4);
    await cm.page.getByTestId("consent-history").getByText("Nama diketik · langsung").waitFor();

    // The overview's timeline names the consent steps.
    await cm.page.getByRole("tab", { name: "Ringkasan" }).click();
    const timeline = cm.page.getByTestId("case-timeline");
    for (const label of ["Tautan untuk klien dibuat", "Persetujuan ditarik"]) await timeline.getByText(label).waitFor();
    await expect.poll(() => timeline.getByText("Persetujuan dicatat").count()).toBe(2);

    // The case file: the full archive copy and the victim's copy are PDFs.
    const full = await downloadCaseFile(cm.page, "case-file-full", "full");
    expect(full.type).toBe("application/pdf");
    expect(full.bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(full.name).toBe(`berkas-PPA-3509-${year}-00001-lengkap.pdf`);
    const victim = await downloadCaseFile(cm.page, "case-file-victim", "victim");
    expect(victim.type).toBe("application/pdf");
    expect(victim.bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(victim.name).toBe(`berkas-PPA-3509-${year}-00001-salinan-korban.pdf`);

    // Termination asked by the case manager and approved by the supervisor.
    await cm.page.getByTestId("case-actions").getByRole("button", { name: "Ajukan terminasi" }).click();
    const request = cm.page.getByRole("dialog");
    await request.getByLabel("Alasan").selectOption("goals_met");
    await request.getByRole("button", { name: "Ajukan terminasi" }).click();
    await cm.page.getByTestId("case-status").getByText("Terminasi diminta").waitFor();
    await expect.poll(() => cm.page.getByTestId("termination-tab-button").count()).toBe(0);
    const sup = await signedIn(browser.browser, server.url, people.supervisor);
    await sup.page.goto(`${server.url}/console/cases/${caseId}`);
    await sup.page.getByTestId("case-actions").getByRole("button", { name: "Setujui terminasi" }).click();
    await sup.page.getByRole("dialog").getByRole("button", { name: "Setujui terminasi" }).click();
    await sup.page.getByTestId("case-status").getByText("Terminasi disetujui").waitFor();
    await sup.context.close();

    // The termination form, signed in person with a drawn signature, and the feedback.
    await cm.page.getByTestId("case-status").getByText("Terminasi disetujui").waitFor({ timeout: 15_000 });
    await cm.page.getByTestId("termination-tab-button").click();
    await cm.page.getByText("Belum ada formulir terminasi yang tercatat.").waitFor();
    await cm.page.getByTestId("termination-record-in-person").click();
    const form = cm.page.getByRole("dialog");
    await form.getByTestId("termination-text").getByText("Pernyataan selesai layanan").waitFor();
    await form.getByTestId("signature-kind").getByText("Digambar").click();
    // Saving without a signature is caught before anything is sent.
    await form.getByTestId("termination-in-person-save").click();
    await form.getByText("Tanda tangan belum digambar.").waitFor();
    const pad = form.getByTestId("signature-pad");
    await pad.scrollIntoViewIfNeeded();
    const box = await pad.boundingBox();
    if (!box) throw new Error("no signature pad");
    await cm.page.mouse.move(box.x + 30, box.y + 100);
    await cm.page.mouse.down();
    for (const [x, y] of [
      [80, 40],
      [130, 110],
      [190, 35],
      [260, 95],
    ] as const) {
      await cm.page.mouse.move(box.x + x, box.y + y, { steps: 5 });
    }
    await cm.page.mouse.up();
    for (const q of ["respectful", "clearInformation", "timelyHelp", "feltSafe", "wouldRecommend"]) {
      await form
        .getByTestId(`termination-rating-${q}`)
        .getByRole("radio", { name: q === "timelyHelp" ? "4" : "5" })
        .check();
    }
    await form.getByTestId("termination-feedback-comments").fill("Petugas sabar dan mendampingi sampai sidang selesai.");
    await form.getByTestId("termination-in-person-save").click();
    await form.waitFor({ state: "detached" });
    await cm.page.getByTestId("case-status").getByText("Ditutup").waitFor();
    const signed = cm.page.getByTestId("termination-form");
    await signed.getByText("Klien sendiri · Digambar · langsung").waitFor();
    await signed.getByText("Petugas sabar dan mendampingi sampai sidang selesai.").waitFor();
    await expect.poll(() => signed.getByText("5 / 5").count()).toBe(4);
    await expect.poll(() => signed.getByText("4 / 5").count()).toBe(1);
    await expect.poll(() => cm.page.getByTestId("termination-record-in-person").count()).toBe(0);
    await cm.page.getByRole("tab", { name: "Ringkasan" }).click();
    await cm.page.getByTestId("case-timeline").getByText("Formulir terminasi ditandatangani").waitFor();
    await cm.page.getByText("Alasan penutupan").waitFor();
    await cm.context.close();
  });
});
