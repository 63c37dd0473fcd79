// End to end in Chromium: a citizen reports at /lapor without and with JavaScript, then checks the status with code and PIN.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit } from "../../src/demo/factories.js";
import { type LiveServer, launchBrowser, startLiveServer } from "./browser.js";

let server: LiveServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  await makeUnit(server.ctx.database.db, { regionCode: "3509" });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Fills the form's required parts (the region by the step button when JavaScript is off). */
async function fillReport(page: Page, js: boolean) {
  await page.getByLabel("Tidak", { exact: true }).first().check();
  await page.getByLabel("Anak (di bawah 18 tahun)").check();
  await page.getByLabel("Siapa Anda bagi korban? *").selectOption("neighbour");
  await page.getByLabel("Jangan hubungi saya").check();
  await page.getByLabel("Nama atau inisial korban *").fill("D. L.");
  await page.getByLabel("Umur (tahun)").fill("11");
  await page.getByLabel("Provinsi tempat tinggal korban *").selectOption("35");
  if (!js) await page.getByRole("button", { name: "Tampilkan pilihan wilayah" }).click();
  await page.getByLabel("Kabupaten/kota").selectOption("3509");
  if (!js) await page.getByRole("button", { name: "Tampilkan pilihan wilayah" }).click();
  await page.getByLabel("Kecamatan").selectOption("350901");
  await page.getByLabel("Fisik").check();
  await page.getByLabel("Ceritakan apa yang terjadi *").fill("Anak tetangga sering dipukul.");
  await page.getByRole("button", { name: "Kirim laporan" }).click();
  const code = (await page.locator("#tracking-code").textContent()) ?? "";
  const pin = (await page.locator("#pin").textContent()) ?? "";
  return { code, pin };
}

describe("public report in Chromium", () => {
  it("reports with JavaScript disabled and gets a tracking code and PIN", async () => {
    const context = await browser.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/lapor`);
    expect(await page.title()).toBe("Formulir");
    await expect(page.locator('a[href="tel:112"]').isVisible()).resolves.toBe(true);
    // The draft survives the no-JS region steps.
    await page.getByLabel("Nama atau inisial korban *").fill("draf");
    await page.getByLabel("Provinsi tempat tinggal korban *").selectOption("35");
    await page.getByRole("button", { name: "Tampilkan pilihan wilayah" }).click();
    expect(await page.getByLabel("Nama atau inisial korban *").inputValue()).toBe("draf");
    const { code, pin } = await fillReport(page, false);
    expect(code).toMatch(/^TDH-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(pin).toMatch(/^\d{6}$/);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  }, 30_000);

  it("with JavaScript: danger shows 112/129 at once, regions load in place, and the status page shows the stage and a message", async () => {
    const context = await browser.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/lapor`);
    await expect(page.locator("#choose-region").isHidden()).resolves.toBe(true);
    await page.getByLabel("Ya", { exact: true }).first().check();
    await expect(page.locator("#sos.big").isVisible()).resolves.toBe(true);
    await page.getByLabel("Tidak", { exact: true }).first().check();
    const { code, pin } = await fillReport(page, true);
    expect(pin).toMatch(/^\d{6}$/);
    const { sql } = await import("drizzle-orm");
    await server.ctx.database.db.execute(
      sql`INSERT INTO report_messages (report_id, direction, body_enc) SELECT id, 'to_reporter', ${server.ctx.cipher.encrypt("Kami akan menghubungi sore ini.", "reports.message")} FROM reports WHERE tracking_code = ${code}`,
    );
    await page.getByRole("link", { name: "Cek laporan" }).click();
    await page.getByLabel("Kode laporan").fill(code);
    await page.getByLabel("PIN rahasia").fill(pin);
    await page.getByRole("button", { name: "Lihat" }).click();
    expect(await page.locator("#stage").textContent()).toBe("Diterima");
    await expect(page.getByText("Kami akan menghubungi sore ini.").isVisible()).resolves.toBe(true);
    expect(page.url()).not.toContain(pin);
    await page.getByLabel("Balas").fill("Terima kasih.");
    await page.getByRole("button", { name: "Kirim balasan" }).click();
    await expect(page.getByText("Balasan terkirim.").isVisible()).resolves.toBe(true);
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
  }, 30_000);
});
