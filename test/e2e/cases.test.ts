// End to end in Chromium: a complaint submitted for approval reaches the supervisor live, is approved and assigned, the case
// manager is told at once; termination sent back once, then approved; and the rejection path with a suggested referral.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePartner, makePost, makeUnit, makeUser } from "../../src/demo/factories.js";
import { type LiveServer, launchBrowser, startLiveServer } from "./browser.js";
import { enterWalkIn, type Login, signedIn } from "./intake-form.js";

const POST = "Pos Pengaduan Kaliwates";
let server: LiveServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const people: Record<"officer" | "supervisor" | "manager" | "otherManager", Login> = {} as never;

beforeAll(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  await server.ctx.database.db.transaction(async (tx) => {
    const unit = await makeUnit(tx, { name: "UPTD PPA Kabupaten Jember", regionCode: "3509" });
    await makePost(tx, unit.id, { name: POST });
    await makePartner(tx, unit.id, { name: "Polres Jember, Unit PPA" });
    const make = (displayName: string, role: "intake_officer" | "supervisor" | "case_manager") =>
      makeUser(server.ctx, tx, { displayName, password: "kopi-susu-gula-aren", roles: [{ role, unitId: unit.id }] });
    people.officer = await make("Dewi Lestari", "intake_officer");
    people.supervisor = await make("Bambang Sutrisno", "supervisor");
    // The case manager also takes in complaints in another unit: reading complaints there opens none of Jember's.
    const surabaya = await makeUnit(tx, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" });
    people.manager = await makeUser(server.ctx, tx, {
      displayName: "Nur Hidayati",
      password: "kopi-susu-gula-aren",
      roles: [
        { role: "case_manager", unitId: unit.id },
        { role: "intake_officer", unitId: surabaya.id },
      ],
    });
    people.otherManager = await make("Agus Salim", "case_manager");
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A letter the victim brought to the post, scanned. */
const LETTER = { name: "surat rujukan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\nsurat rujukan\n") };

/** The officer enters a complete walk-in (with a scanned letter attached, if given) and sends it to the supervisor. */
/** Returns the complaint's tracking code. */
async function submitComplaint(victimName: string, letter?: typeof LETTER): Promise<string> {
  const { context, page } = await signedIn(browser.browser, server.url, people.officer);
  const code = await enterWalkIn(page, server.url, POST, victimName);
  if (letter) {
    await page.locator('input[type="file"]').setInputFiles(letter);
    await page.getByRole("button", { name: "Lampirkan", exact: true }).click();
    await page
      .getByTestId("evidence-files")
      .getByRole("link", { name: new RegExp(`^${letter.name}`) })
      .waitFor();
  }
  await page.getByRole("button", { name: "Ajukan ke supervisor" }).click();
  await page.getByTestId("report-status").getByText("Menunggu persetujuan").waitFor();
  await context.close();
  return code;
}

describe("case workflow in Chromium", () => {
  it("approval and assignment live, the complaint's letter opened from the case, termination sent back once and then approved", async () => {
    const sup = await signedIn(browser.browser, server.url, people.supervisor);
    await sup.page.goto(`${server.url}/console/cases/approvals`);
    await sup.page.getByRole("heading", { name: "Menunggu persetujuan" }).waitFor();
    await sup.page.getByText("Tidak ada kasus.").waitFor();
    const cm = await signedIn(browser.browser, server.url, people.manager);

    const code = await submitComplaint("Wulan Sari", LETTER);

    // The supervisor's queue and badge update without a reload.
    const link = sup.page.getByTestId("approval-queue").getByRole("link", { name: `Pengaduan ${code}` });
    await link.waitFor({ timeout: 15_000 });
    await expect.poll(() => sup.page.getByTestId("badge-cases-approvals").textContent()).toBe("1");
    await link.click();
    await sup.page.getByRole("heading", { name: `Pengaduan ${code}` }).waitFor();
    await sup.page.getByTestId("case-actions").getByRole("button", { name: "Setujui dan tunjuk manajer kasus" }).click();
    const dialog = sup.page.getByRole("dialog");
    const choice = dialog.getByLabel("Manajer kasus");
    await choice.locator("option", { hasText: "Nur Hidayati — 0 kasus aktif" }).waitFor({ state: "attached" });
    await choice.selectOption({ label: "Nur Hidayati — 0 kasus aktif, 0 risiko tinggi" });
    await dialog.getByRole("button", { name: "Setujui dan tunjuk manajer kasus" }).click();
    const year = new Date().getFullYear();
    await sup.page.getByRole("heading", { name: `Kasus PPA-3509-${year}-00001` }).waitFor();
    await expect.poll(() => sup.page.getByTestId("case-status").textContent()).toBe("Berjalan");
    const caseUrl = sup.page.url();

    // The case manager, on their home page, is told at once and finds the case.
    await cm.page.getByText("Kasus baru untuk Anda").waitFor({ timeout: 15_000 });
    await cm.page.goto(caseUrl);
    await cm.page.getByRole("heading", { name: `Kasus PPA-3509-${year}-00001` }).waitFor();
    // Opened by its address: Back goes to the case list; a case manager may not read the complaint (reading complaints in
    // another unit does not count in the case's), so no link to it.
    expect(await cm.page.getByRole("link", { name: "Kembali ke daftar kasus" }).getAttribute("href")).toBe("/console/cases");
    expect(await cm.page.getByRole("link", { name: /^Buka pengaduan/ }).count()).toBe(0);
    // The complaint's letter is on the case: the case manager asks for the evidence (audited) and downloads it.
    await cm.page.getByRole("button", { name: "Tampilkan bukti" }).click();
    const letterLink = cm.page.getByTestId("evidence-files").getByRole("link", { name: /^surat rujukan\.pdf/ });
    await letterLink.getByText(/dilampirkan oleh Dewi Lestari/).waitFor();
    const [download] = await Promise.all([cm.page.waitForEvent("download"), letterLink.click()]);
    expect(fs.readFileSync(await download.path()).equals(LETTER.buffer)).toBe(true);
    // The table allows the case manager exactly one move now.
    await expect
      .poll(() => cm.page.getByTestId("case-actions").getByRole("button").allTextContents())
      .toEqual(["Ajukan terminasi"]);

    const requestTermination = async () => {
      await cm.page.getByTestId("case-actions").getByRole("button", { name: "Ajukan terminasi" }).click();
      const d = cm.page.getByRole("dialog");
      await d.getByLabel("Alasan").selectOption("goals_met");
      await d.getByRole("button", { name: "Ajukan terminasi" }).click();
      await cm.page.getByTestId("case-status").getByText("Terminasi diminta").waitFor();
    };
    await requestTermination();

    // The supervisor sees the change live and sends it back with a comment.
    await sup.page.getByTestId("case-status").getByText("Terminasi diminta").waitFor({ timeout: 15_000 });
    await sup.page.getByTestId("case-actions").getByRole("button", { name: "Kembalikan permintaan terminasi" }).click();
    const back = sup.page.getByRole("dialog");
    await back.getByLabel("Komentar").fill("Pastikan rujukan ke psikolog sudah selesai.");
    await back.getByRole("button", { name: "Kembalikan permintaan terminasi" }).click();
    await sup.page.getByTestId("case-status").getByText("Berjalan").waitFor();

    await cm.page.getByTestId("case-status").getByText("Berjalan").waitFor({ timeout: 15_000 });
    await cm.page.getByTestId("case-timeline").getByText("Pastikan rujukan ke psikolog sudah selesai.").waitFor();
    await requestTermination();

    const approve = sup.page.getByTestId("case-actions").getByRole("button", { name: "Setujui terminasi" });
    await approve.waitFor({ timeout: 15_000 });
    await approve.click();
    await sup.page.getByRole("dialog").getByRole("button", { name: "Setujui terminasi" }).click();
    await sup.page.getByTestId("case-status").getByText("Terminasi disetujui").waitFor();
    await cm.page.getByText(/Terminasi disetujui\. Kasus ditutup setelah/).waitFor({ timeout: 15_000 });
    await cm.context.close();
    await sup.context.close();
  });

  it("a rejected complaint closes with its reason and a suggested referral; the queue empties", async () => {
    const code = await submitComplaint("Siti Rahma");
    const sup = await signedIn(browser.browser, server.url, people.supervisor);
    await sup.page.goto(`${server.url}/console/cases/approvals`);
    await sup.page
      .getByTestId("approval-queue")
      .getByRole("link", { name: `Pengaduan ${code}` })
      .click();
    // Opened from the approval queue, Back returns to it; the complaint's own page is one click away.
    await sup.page.getByRole("heading", { name: `Pengaduan ${code}` }).waitFor();
    await sup.page.getByRole("link", { name: "Kembali ke antrean persetujuan" }).click();
    await sup.page.waitForURL(`${server.url}/console/cases/approvals`);
    await sup.page
      .getByTestId("approval-queue")
      .getByRole("link", { name: `Pengaduan ${code}` })
      .click();
    await sup.page.getByRole("link", { name: `Buka pengaduan ${code}` }).click();
    await sup.page.waitForURL(/\/console\/intake\/reports\/[0-9a-f-]+$/);
    await sup.page.getByRole("heading", { name: "Upaya menghubungi" }).waitFor();
    await sup.page.goBack();
    await sup.page.getByTestId("case-actions").getByRole("button", { name: "Tolak" }).click();
    const d = sup.page.getByRole("dialog");
    await d.getByLabel("Alasan").selectOption("referred_elsewhere");
    await d.getByLabel("Saran rujukan ke lembaga mitra").selectOption({ label: "Polres Jember, Unit PPA" });
    await d.getByRole("button", { name: "Tolak" }).click();
    await sup.page.getByTestId("case-status").getByText("Ditutup").waitFor();
    await sup.page.getByText("Dirujuk ke lembaga lain").first().waitFor();
    await sup.page.goto(`${server.url}/console/cases/approvals`);
    await sup.page.getByText("Tidak ada kasus.").waitFor();
    await sup.context.close();
  });
});
