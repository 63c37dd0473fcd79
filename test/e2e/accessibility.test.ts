// End to end in Chromium: the public report, status and verification pages and the intake console pass axe (WCAG 2.1 AA).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePost, makeUnit, makeUser } from "../../src/demo/factories.js";
import { accessibilityProblems } from "./axe.js";
import { type LiveServer, launchBrowser, startLiveServer } from "./browser.js";
import { type Login, signedIn } from "./intake-form.js";
import { fillForm } from "./lapor-form.js";

let server: LiveServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let officer: Login;
const sent = { code: "", pin: "" };
let link = { url: "", code: "" };

beforeAll(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  await server.ctx.database.db.transaction(async (tx) => {
    const unit = await makeUnit(tx, { name: "UPTD PPA Kabupaten Jember", regionCode: "3509" });
    await makePost(tx, unit.id, { name: "Pos Pengaduan Kaliwates" });
    officer = await makeUser(server.ctx, tx, {
      displayName: "Dewi Lestari",
      password: "teh-manis-hangat-sore",
      roles: [{ role: "intake_officer", unitId: unit.id }],
    });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const phone = () => browser.browser.newContext({ locale: "id-ID", viewport: { width: 360, height: 740 } });
const passes = async (page: Page) => expect(await accessibilityProblems(page)).toEqual([]);

describe("accessibility in Chromium (axe-core, WCAG 2.1 A/AA and best practices)", () => {
  it("the public report: the form in both languages, 'in danger now', refused fields with the focus on their list, the confirmation, the status page", async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${server.url}/lapor?lang=en`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await passes(page);
    await page.goto(`${server.url}/lapor`);
    await passes(page);
    await page.getByLabel("Ya", { exact: true }).first().check();
    await page.locator("#sos.big").waitFor();
    await passes(page);

    // A browser without constraint validation sends the form half-filled: the server names each field.
    await page.evaluate(() => {
      const { document } = globalThis as unknown as { document: { forms: Iterable<{ noValidate: boolean }> } };
      for (const form of document.forms) form.noValidate = true;
    });
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    const errors = page.locator("#errors");
    await errors.waitFor();
    await expect
      .poll(() =>
        page.evaluate(
          () => (globalThis as unknown as { document: { activeElement?: { id: string } } }).document.activeElement?.id,
        ),
      )
      .toBe("errors");
    const targets = await errors.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(targets.length).toBeGreaterThan(2);
    for (const target of targets) expect(await page.locator(target).count(), target).toBe(1);
    await passes(page);

    await fillForm(page, true, true);
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    sent.code = ((await page.locator("#tracking-code").textContent()) ?? "").trim();
    sent.pin = ((await page.locator("#pin").textContent()) ?? "").trim();
    expect(sent.code).toMatch(/^TDH-/);
    await passes(page);

    await page.getByRole("link", { name: "Cek laporan" }).click();
    await page.getByLabel("Kode laporan").waitFor();
    await passes(page);
    await page.getByLabel("Kode laporan").fill(sent.code);
    await page.getByLabel("PIN rahasia").fill(sent.pin === "000000" ? "111111" : "000000");
    await page.getByRole("button", { name: "Lihat" }).click();
    await page.locator("#status-error").waitFor();
    await passes(page);
    await expect.poll(() => page.getByLabel("Kode laporan").inputValue()).toBe(sent.code);
    await page.getByLabel("PIN rahasia").fill(sent.pin);
    await page.getByRole("button", { name: "Lihat" }).click();
    await page.locator("#stage").waitFor();
    await page.getByLabel("Balas").fill("Terima kasih.");
    await page.getByRole("button", { name: "Kirim balasan" }).click();
    await page.getByText("Terima kasih.", { exact: true }).waitFor();
    await passes(page);
    await context.close();
  }, 60_000);

  it("the console: sign-in, home, queue, the complaint with its identity and a new verification link, the intake form and its errors", async () => {
    const anonymous = await browser.browser.newContext({ locale: "id-ID" });
    const signIn = await anonymous.newPage();
    await signIn.goto(`${server.url}/console/sign-in`);
    await signIn.getByLabel("Nama pengguna").waitFor();
    await passes(signIn);
    await anonymous.close();

    const { context, page } = await signedIn(browser.browser, server.url, officer);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await passes(page);
    await page.goto(`${server.url}/console/intake`);
    await page.getByRole("link", { name: sent.code }).waitFor();
    await passes(page);
    await page.getByRole("link", { name: sent.code }).click();
    await page.getByRole("heading", { name: `Pengaduan ${sent.code}` }).waitFor();
    await page.getByTestId("message-thread").getByText("Terima kasih.").waitFor();
    await passes(page);
    await page.getByRole("button", { name: "Tampilkan identitas" }).click();
    await page.getByText("D. L.", { exact: true }).first().waitFor();
    await page.getByTestId("verification-panel").getByRole("button", { name: "Buat tautan" }).click();
    const created = page.getByTestId("created-link");
    await created.waitFor();
    link = {
      url: await created.getByLabel("Tautan").inputValue(),
      code: ((await created.getByTestId("verification-code").textContent()) ?? "").trim(),
    };
    await passes(page);

    await page.goto(`${server.url}/console/intake/new`);
    await page.getByRole("heading", { name: "Formulir penerimaan pengaduan" }).waitFor();
    await passes(page);
    await page.getByRole("button", { name: "Simpan pengaduan" }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await passes(page);
    await context.close();
  }, 60_000);

  it("the verification link: the code form, a wrong code, and the data to check", async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(link.url);
    await page.getByLabel("Kode").waitFor();
    const entries = await page.evaluate("history.length");
    await passes(page);
    await page.getByLabel("Kode").fill(link.code === "000000" ? "111111" : "000000");
    await page.getByRole("button", { name: "Lanjut" }).click();
    await page.getByText(/Kode salah/).waitFor();
    await passes(page);
    await page.getByLabel("Kode").fill(link.code);
    await page.getByRole("button", { name: "Lanjut" }).click();
    await page.getByRole("heading", { name: "Periksa data Anda" }).waitFor();
    await passes(page);
    // Both codes were sent within the one history entry: Back after the quick exit would leave these pages.
    expect(await page.evaluate("history.length")).toBe(entries);
    await context.close();
  }, 60_000);
});
