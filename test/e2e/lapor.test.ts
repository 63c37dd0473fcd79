// End to end in Chromium: a citizen reports at /lapor (without and with JavaScript) while an intake officer watches the
// queue; the report appears live, the officer writes to the reporter, and the reporter reads it on /lapor/status.
import fs from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit, makeUser } from "../../src/demo/factories.js";
import { whileRefusing } from "../helpers/refuse-writes.js";
import { type LiveServer, launchBrowser, startLiveServer } from "./browser.js";
import { type Login, signedIn } from "./intake-form.js";
import { fillForm } from "./lapor-form.js";

let server: LiveServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
/** The intake officer of the Jember unit, signed in and left on the queue page for the whole file. */
let officer: Page;
/** A supervisor of the unit, on the console's home page in the background. */
let supervisor: Page;

beforeAll(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  const db = server.ctx.database.db;
  const unit = await makeUnit(db, { name: "UPTD PPA Kabupaten Jember", regionCode: "3509" });
  const login: Login = await makeUser(server.ctx, db, {
    displayName: "Rina Marlina",
    password: "teh-manis-hangat-sore",
    roles: [{ role: "intake_officer", unitId: unit.id }],
  });
  officer = (await signedIn(browser.browser, server.url, login)).page;
  const head: Login = await makeUser(server.ctx, db, {
    displayName: "Hasan Basri",
    password: "kopi-tubruk-pagi-hari",
    roles: [{ role: "supervisor", unitId: unit.id }],
  });
  supervisor = (await signedIn(browser.browser, server.url, head)).page;
  await officer.getByRole("link", { name: /^Pengaduan masuk/ }).click();
  await officer.getByRole("heading", { name: "Antrean pengaduan" }).waitFor();
  await officer.getByText("Tidak ada pengaduan yang sesuai.").waitFor();
  await officer.evaluate(() => {
    (globalThis as unknown as { notReloaded: boolean }).notReloaded = true;
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A photo as a phone sends it (the server knows a file by its first bytes). */
const PHOTO = {
  name: "lebam.png",
  mimeType: "image/png",
  buffer: Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), Buffer.alloc(2048, 5)]),
};

/** Fills the form (with an evidence file if given), sends it, and reads the tracking code and PIN from the answer. */
async function fillReport(page: Page, js: boolean, inDanger: boolean, evidence?: typeof PHOTO) {
  await fillForm(page, js, inDanger);
  if (evidence) await page.getByLabel(/^Foto atau dokumen/).setInputFiles(evidence);
  await page.getByRole("button", { name: "Kirim laporan" }).click();
  const code = (await page.locator("#tracking-code").textContent()) ?? "";
  const pin = (await page.locator("#pin").textContent()) ?? "";
  return { code, pin };
}

/** A report sent by another citizen straight over HTTP (the plain form post, no browser). */
async function postReport(): Promise<string> {
  const form = await (await fetch(`${server.url}/lapor`)).text();
  const key = /name="idempotencyKey" value="([^"]+)"/.exec(form)?.[1] ?? "";
  const body = new URLSearchParams({
    idempotencyKey: key,
    inDanger: "no",
    category: "woman",
    reporterRelation: "self",
    contactMethod: "none",
    victimName: "S. A.",
    victimAge: "34",
    provinceCode: "35",
    regencyCode: "3509",
    districtCode: "350921",
    violenceTypes: "psychological",
    chronology: "Suami sering membentak dan mengancam.",
  });
  const res = await fetch(`${server.url}/lapor`, { method: "POST", body });
  const html = await res.text();
  expect(res.status, html.slice(0, 500)).toBe(200);
  return /id="tracking-code">([^<]+)</.exec(html)?.[1] ?? "";
}

/** The officer's queue shows the report (the page was never reloaded) and the badge counts the new ones. */
async function officerSees(code: string, newCount: number) {
  await officer.getByRole("link", { name: code }).waitFor({ timeout: 15_000 });
  await officer
    .getByTestId("badge-intake")
    .filter({ hasText: String(newCount) })
    .waitFor({ timeout: 15_000 });
  expect(await officer.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
}

/** The officer opens the report from the queue, writes to the reporter, and goes back to the queue (no reload). */
async function officerWrites(code: string, message: string) {
  await officer.getByRole("link", { name: code }).click();
  await officer.getByRole("heading", { name: `Pengaduan ${code}` }).waitFor();
  await officer.getByText("Jawa Timur / Kabupaten Jember / Jombang").waitFor();
  await officer.getByLabel("Tulis pesan").fill(message);
  await officer.getByRole("button", { name: "Kirim pesan" }).click();
  await officer.getByTestId("message-thread").getByText(message).waitFor();
  await officer.getByRole("link", { name: "Kembali ke antrean" }).click();
  await officer.getByRole("heading", { name: "Antrean pengaduan" }).waitFor();
  expect(await officer.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
}

/**
 * The officer opens the report, asks for its evidence (audited) and downloads the file: the bytes the reporter sent.
 * The page stays open on the complaint (backToQueue() returns).
 */
async function officerDownloads(code: string, file: typeof PHOTO) {
  await officer.getByRole("link", { name: code }).click();
  await officer.getByRole("heading", { name: `Pengaduan ${code}` }).waitFor();
  await officer.getByText("Pengaduan ini memiliki 1 berkas bukti.", { exact: false }).waitFor();
  await officer.getByRole("button", { name: "Tampilkan bukti" }).click();
  const link = officer.getByTestId("evidence-files").getByRole("link", { name: new RegExp(`^${file.name}`) });
  const [download] = await Promise.all([officer.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^bukti-[0-9a-f]{8}\.png$/);
  const saved = await download.path();
  expect(fs.readFileSync(saved).equals(file.buffer)).toBe(true);
}

async function backToQueue() {
  await officer.getByRole("link", { name: "Kembali ke antrean" }).click();
  await officer.getByRole("heading", { name: "Antrean pengaduan" }).waitFor();
}

/** The reporter opens the status page from the confirmation with code and PIN. */
async function openStatus(page: Page, code: string, pin: string) {
  await page.getByRole("link", { name: "Cek laporan" }).click();
  await page.getByLabel("Kode laporan").fill(code);
  const pinField = page.getByLabel("PIN rahasia");
  await pinField.fill(pin);
  // Masked as typed, but not a password field: a browser's password manager would offer to keep code and PIN on the phone.
  expect(await page.locator('input[type="password"]').count()).toBe(0);
  const masked = `getComputedStyle(document.getElementById("pin")).getPropertyValue("-webkit-text-security")`;
  expect(await page.evaluate(masked)).toBe("disc");
  await page.getByRole("button", { name: "Lihat" }).click();
  await page.locator("#stage").waitFor();
  expect(page.url()).not.toContain(pin);
}

describe("public report joined to intake in Chromium", () => {
  it("without JavaScript: the report reaches the watching officer live, and the reporter reads the officer's message", async () => {
    const context = await browser.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/lapor`);
    expect(await page.title()).toBe("Formulir");
    await expect.poll(() => page.locator('a[href="tel:112"]').isVisible()).toBe(true);
    // Without JavaScript, Escape does nothing: the page does not say it would, and tells to clear the history.
    await page.getByText("Tekan tombol Keluar cepat untuk meninggalkan halaman ini.", { exact: false }).waitFor();
    expect(await page.getByText("Tekan Esc").count()).toBe(0);
    // The draft survives the no-JS region steps.
    await page.getByLabel("Nama atau inisial korban *").fill("draf");
    await page.getByLabel("Provinsi tempat tinggal korban *").selectOption("35");
    await page.getByRole("button", { name: "Tampilkan pilihan wilayah" }).click();
    await expect.poll(() => page.getByLabel("Nama atau inisial korban *").inputValue()).toBe("draf");
    // The page comes back at the region fields, not at its top.
    expect(new URL(page.url()).hash).toBe("#provinceCode");
    const inSight =
      "(() => { const r = document.getElementById('regencyCode').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()";
    expect(await page.evaluate(inSight)).toBe(true);
    const { code, pin } = await fillReport(page, false, false);
    expect(code).toMatch(/^TDH-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(pin).toMatch(/^\d{6}$/);

    await officerSees(code, 1);
    const link = `https://jdih.kemenpppa.go.id/peraturan/${"uu-nomor-12-tahun-2022-tindak-pidana-kekerasan-seksual-".repeat(3)}`;
    await officerWrites(code, `Kami akan menelepon pelapor besok pukul 10.00. ${link}`);

    // On a 360 px phone, a long address in a message wraps instead of widening the page.
    await page.setViewportSize({ width: 360, height: 740 });
    await openStatus(page, code, pin);
    await expect.poll(() => page.locator("#stage").textContent()).toBe("Diterima");
    await expect
      .poll(() => page.getByText("Kami akan menelepon pelapor besok pukul 10.00.", { exact: false }).isVisible())
      .toBe(true);
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  }, 60_000);

  it("with JavaScript: 'in danger now' shows 112/129 at once and stands at the top of the queue; the officer downloads the attached photo; the reporter reads the reply, answers with another photo and leaves by Escape", async () => {
    const context = await browser.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/lapor`);
    await expect.poll(() => page.locator("#choose-region").isHidden()).toBe(true);
    await page.getByLabel("Ya", { exact: true }).first().check();
    await expect.poll(() => page.locator("#sos.big").isVisible()).toBe(true);
    const { code, pin } = await fillReport(page, true, true, PHOTO);
    expect(pin).toMatch(/^\d{6}$/);
    await expect.poll(() => page.locator('a[href="tel:112"]').first().isVisible()).toBe(true);

    await officerSees(code, 2);
    // The supervisor, on another page of the console, is alerted: a notice that stays, and the tab's title counts it.
    const notice = supervisor.getByText("Laporan bahaya baru");
    await notice.waitFor({ timeout: 15_000 });
    await expect.poll(() => supervisor.title()).toBe("(1) Teduh");
    expect(await officer.getByText("Laporan bahaya baru").count()).toBe(0);
    // A newer report without danger still comes after the one in danger.
    const later = await postReport();
    await officerSees(later, 3);
    // It alerts nobody; the supervisor's notice opens the complaint in danger, and the title is plain again.
    expect(await supervisor.title()).toBe("(1) Teduh");
    await notice.click();
    await supervisor.getByRole("heading", { name: `Pengaduan ${code}` }).waitFor();
    await expect.poll(() => supervisor.title()).toBe("Teduh");
    // Back to the queue: a complaint's open page reads its thread, and would take the reporter's replies below as read.
    await supervisor.getByRole("link", { name: "Kembali ke antrean" }).click();
    await supervisor.getByRole("heading", { name: "Antrean pengaduan" }).waitFor();
    const rows = officer.getByTestId("queue-row");
    await expect.poll(() => rows.count()).toBe(3);
    await expect.poll(() => rows.nth(0).getAttribute("data-danger")).toBe("true");
    await expect.poll(() => rows.nth(0).textContent()).toContain(code);
    await expect.poll(() => rows.nth(1).textContent()).toContain(later);
    await officerWrites(code, "Kami sudah menghubungi 112. Tetap di tempat aman.");
    await officerDownloads(code, PHOTO);

    await openStatus(page, code, pin);
    await expect.poll(() => page.locator("#stage").textContent()).toBe("Diterima");
    await expect.poll(() => page.getByText("Kami sudah menghubungi 112. Tetap di tempat aman.").isVisible()).toBe(true);
    await page.getByLabel("Balas").fill("Terima kasih. Ini foto lain.");
    await page.locator("#reply-evidence").setInputFiles({ ...PHOTO, name: "lebam-2.png" });
    await page.getByRole("button", { name: "Kirim balasan" }).click();
    await expect.poll(() => page.getByText("Balasan dan berkas terkirim.").isVisible()).toBe(true);
    // The officer's opened evidence list takes the new photo in without a reload.
    await officer
      .getByTestId("evidence-files")
      .getByRole("link", { name: /^lebam-2\.png/ })
      .waitFor({ timeout: 15_000 });
    expect(await officer.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    // The open thread shows the reply too (and so marks it read) before the officer goes back to the queue.
    await officer.getByTestId("message-thread").getByText("Terima kasih. Ini foto lain.").waitFor({ timeout: 15_000 });
    await backToQueue();
    // A reply while the officer is on the queue marks the complaint's row until its thread is read.
    await page.getByLabel("Balas").fill("Saya sudah di rumah saudara.");
    await page.getByRole("button", { name: "Kirim balasan" }).click();
    await expect.poll(() => page.getByText("Balasan terkirim.").isVisible()).toBe(true);
    const replied = officer.getByTestId("queue-row").filter({ hasText: code });
    await replied.getByTestId("unread-replies").getByText("Balasan baru: 1").waitFor({ timeout: 15_000 });
    await replied.getByRole("link", { name: code }).click();
    await officer.getByTestId("message-thread").getByText("Saya sudah di rumah saudara.").waitFor();
    await backToQueue();
    await officer.getByTestId("queue-row").filter({ hasText: code }).waitFor();
    await expect.poll(() => replied.getByTestId("unread-replies").count()).toBe(0);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate("localStorage.length + sessionStorage.length")).toBe(0);
    // The neutral site is stubbed (no network here); Escape replaces the page with it.
    await context.route("https://www.google.com/**", (route) =>
      route.fulfill({ contentType: "text/html", body: "<p>resep</p>" }),
    );
    const historyBefore = await page.evaluate("history.length");
    await page.keyboard.press("Escape");
    await page.waitForURL(/^https:\/\/www\.google\.com\/search/, { timeout: 10_000 });
    expect(await page.evaluate("history.length")).toBe(historyBefore);
    await context.close();
  }, 60_000);

  it("with JavaScript: the visit is one history entry, so Back after the quick exit leaves Teduh; Back never shows the code, PIN or messages", async () => {
    const context = await browser.browser.newContext();
    // Other sites are stubbed (no network here): a news site the reporter came from, and the neutral site.
    for (const site of ["https://berita.example/**", "https://www.google.com/**"])
      await context.route(site, (route) => route.fulfill({ contentType: "text/html", body: "<p>berita</p>" }));
    const page = await context.newPage();
    await page.goto("https://berita.example/");
    const before = (await page.evaluate("history.length")) as number;
    await page.goto(`${server.url}/lapor`);
    await page.getByText("Tekan Esc atau tombol Keluar cepat untuk meninggalkan halaman ini.").waitFor();
    // The language switch and back, the report sent, the status link, the status read: all in the one entry.
    await page.getByRole("link", { name: "English" }).click();
    await page.getByRole("button", { name: "Send the report" }).waitFor();
    await page.getByRole("link", { name: "Bahasa Indonesia" }).click();
    await page.getByRole("button", { name: "Kirim laporan" }).waitFor();
    // Sent by fetch, which shows no loading mark: the button says it is sending (the answer held back a moment here).
    await page.route(`${server.url}/lapor`, async (route) => {
      if (route.request().method() === "POST") await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await fillForm(page, true, false);
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    await page.getByRole("button", { name: "Mengirim… Jangan tutup halaman ini." }).waitFor();
    expect(await page.locator("form[data-required]").getAttribute("aria-busy")).toBe("true");
    const code = (await page.locator("#tracking-code").textContent()) ?? "";
    const pin = (await page.locator("#pin").textContent()) ?? "";
    expect(pin).toMatch(/^\d{6}$/);
    // The answer's heading takes the focus, for a screen reader to read it first.
    expect(await page.evaluate("document.activeElement && document.activeElement.tagName")).toBe("H1");
    await openStatus(page, code, pin);
    await page.getByText("Belum ada pesan.").waitFor();
    expect(await page.evaluate("history.length")).toBe(before + 1);
    // Away and Back: the status form again, empty, no stage and no thread.
    await page.goto("https://berita.example/lain");
    await page.goBack();
    await page.getByLabel("Kode laporan").waitFor();
    expect(await page.getByLabel("PIN rahasia").inputValue()).toBe("");
    expect(await page.locator("#stage").count()).toBe(0);
    expect(await page.content()).not.toContain(pin);
    // The quick exit replaces the one entry: Back from the neutral site is the news site, not a page of Teduh.
    await page.keyboard.press("Escape");
    await page.waitForURL(/^https:\/\/www\.google\.com\/search/, { timeout: 10_000 });
    await page.goBack();
    await page.waitForURL("https://berita.example/", { timeout: 10_000 });
    expect(await page.content()).not.toContain(code);
    await context.close();
  });

  it("with JavaScript: with no signal the form stays as written and says so; sent again with signal, it is one report", async () => {
    const context = await browser.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/lapor`);
    await page.getByText("Tekan Esc atau tombol Keluar cepat untuk meninggalkan halaman ini.").waitFor();
    await fillForm(page, true, false);
    await context.setOffline(true);
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    const offline = page.getByRole("alert").filter({ hasText: "Tidak tersambung ke internet." });
    await offline.waitFor();
    expect(await page.evaluate("document.activeElement && document.activeElement.id")).toBe("offline");
    expect(await page.getByLabel("Nama atau inisial korban *").inputValue()).toBe("D. L.");
    expect(await page.getByLabel("Ceritakan apa yang terjadi *").inputValue()).toBe("Anak tetangga sering dipukul.");
    await context.setOffline(false);
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    const code = (await page.locator("#tracking-code").textContent()) ?? "";
    expect(code).toMatch(/^TDH-/);
    await officer.getByRole("link", { name: code }).waitFor({ timeout: 15_000 });
    expect(await officer.getByRole("link", { name: code }).count()).toBe(1);
    await context.close();
  });

  it("with JavaScript: the browser's own checks speak the page's language, not the phone's, and let go once answered", async () => {
    const context = await browser.browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto(`${server.url}/lapor`);
    await expect.poll(() => page.locator("#choose-region").isHidden()).toBe(true);
    const message = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => (el as unknown as { validationMessage: string }).validationMessage);
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    await expect.poll(() => message("input[name=category]")).toBe("Pilih salah satu pilihan.");
    expect(await message("#victimName")).toBe("Isian ini wajib diisi.");
    expect(await message("#reporterRelation")).toBe("Pilih salah satu pilihan.");
    await page.getByLabel("Umur (tahun)").fill("130");
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    await expect.poll(() => message("#victimAge")).toBe("Periksa isian ini.");
    // Answered: the group's message is gone (from every option), so the form can be sent once the rest is filled.
    await page.getByLabel("Anak (di bawah 18 tahun)").check();
    expect(await message("input[name=category]")).toBe("");
    await page.getByLabel("Nama atau inisial korban *").fill("D. L.");
    expect(await message("#victimName")).toBe("");
    // Evidence over its count or size is refused when chosen, before any upload; a right choice clears it.
    const evidence = page.locator("#evidence");
    const png = (name: string, size = PHOTO.buffer.length) => ({
      ...PHOTO,
      name,
      buffer: Buffer.concat([PHOTO.buffer, Buffer.alloc(Math.max(0, size - PHOTO.buffer.length))]),
    });
    await evidence.setInputFiles(["a", "b", "c", "d"].map((n) => png(`${n}.png`)));
    await expect.poll(() => message("#evidence")).toContain("paling banyak 3 berkas");
    expect(await evidence.getAttribute("aria-invalid")).toBe("true");
    await evidence.setInputFiles([png("besar.png", 6 * 1024 * 1024)]);
    await expect.poll(() => message("#evidence")).toContain("setiap berkas paling besar 5 MB");
    await evidence.setInputFiles([png("kecil.png")]);
    await expect.poll(() => message("#evidence")).toBe("");
    expect(await evidence.getAttribute("aria-invalid")).toBeNull();
    // The English page says it in English.
    await page.goto(`${server.url}/lapor?lang=en`);
    await page.getByRole("button", { name: "Send the report" }).click();
    await expect.poll(() => message("input[name=category]")).toBe("Please choose one of these options.");
    expect(await message("#victimName")).toBe("Please fill in this field.");
    await context.close();
  });

  it("the intake form starts in the officer's unit's region and searches the districts", async () => {
    await officer.getByRole("link", { name: "Catat pengaduan baru" }).click();
    await officer.getByRole("heading", { name: "Formulir penerimaan pengaduan" }).waitFor();
    const province = officer.getByRole("combobox", { name: "Provinsi", exact: true });
    const regency = officer.getByRole("combobox", { name: "Kabupaten/kota", exact: true });
    for (let i = 0; i < 50 && (await regency.inputValue()) !== "Kabupaten Jember"; i++) await officer.waitForTimeout(100);
    await expect.poll(() => province.inputValue()).toBe("Jawa Timur");
    await expect.poll(() => regency.inputValue()).toBe("Kabupaten Jember");
    const district = officer.getByRole("combobox", { name: "Kecamatan", exact: true });
    await district.click();
    await district.fill("sumber");
    const options = officer.getByRole("listbox", { name: "Kecamatan" }).getByRole("option");
    await options.first().waitFor();
    expect((await options.allTextContents()).sort()).toEqual(["Sumberbaru", "Sumberjambe", "Sumbersari"]);
    await options.filter({ hasText: "Sumbersari" }).click();
    // Another province empties the regency/city and the district.
    await province.click();
    await province.fill("Bal");
    await officer.getByRole("listbox", { name: "Provinsi" }).getByRole("option", { name: "Bali", exact: true }).click();
    for (let i = 0; i < 50 && (await regency.inputValue()) !== ""; i++) await officer.waitForTimeout(100);
    await expect.poll(() => regency.inputValue()).toBe("");
    await expect.poll(() => district.inputValue()).toBe("");
    await expect.poll(() => district.isDisabled()).toBe(true);
  }, 60_000);

  it("without JavaScript: a report the database cannot store comes back as typed, and sending it again stores it once", async () => {
    const context = await browser.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/lapor`);
    await fillForm(page, false, false);
    await whileRefusing(server.ctx.database.db, "reports", "chronology_enc IS NULL", async () => {
      await page.getByRole("button", { name: "Kirim laporan" }).click();
      await page.getByRole("alert").getByText("Laporan Anda belum terkirim").waitFor();
    });
    await expect.poll(() => page.getByLabel("Nama atau inisial korban *").inputValue()).toBe("D. L.");
    await expect.poll(() => page.getByLabel("Ceritakan apa yang terjadi *").inputValue()).toBe("Anak tetangga sering dipukul.");
    await expect.poll(() => page.getByLabel("Kecamatan").inputValue()).toBe("350901");
    await expect.poll(() => page.getByLabel("Fisik").isChecked()).toBe(true);
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    await expect.poll(() => page.locator("#tracking-code").textContent()).toMatch(/^TDH-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  }, 60_000);
});
