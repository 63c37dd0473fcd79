// End to end in Chromium: first administrator set-up, a supervisor created and signing in with two-factor, unit isolation.

import * as OTPAuth from "otpauth";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit } from "../../src/demo/factories.js";
import { issueSetupLinkIfNeeded } from "../../src/modules/people/setup-first-admin.js";
import { type LiveServer, launchBrowser, startLiveServer } from "./browser.js";
import { pickRegion } from "./intake-form.js";

const ADMIN_PASSWORD = "kopi-tubruk-pagi-hari";
const SUPERVISOR_PASSWORD = "sawah-hijau-di-lereng";

let server: LiveServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let unitA: { id: string; name: string };
let unitB: { id: string; name: string };

beforeAll(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  await server.ctx.database.db.transaction(async (tx) => {
    unitA = await makeUnit(tx, { name: "UPTD PPA Kabupaten Jember", regionCode: "3509" });
    unitB = await makeUnit(tx, { name: "UPTD PPA Kabupaten Banyuwangi", regionCode: "3510" });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A code for the current 30-second step, waiting for the next step when `notStep` was just used. */
async function totpCode(secret: string, notStep?: number): Promise<{ code: string; step: number }> {
  let step = Math.floor(Date.now() / 30_000);
  while (notStep !== undefined && step <= notStep) {
    await new Promise((r) => setTimeout(r, 500));
    step = Math.floor(Date.now() / 30_000);
  }
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), period: 30 });
  return { code: totp.generate({ timestamp: step * 30_000 + 1_000 }), step };
}

async function signIn(page: Page, username: string, password: string) {
  await page.goto(`${server.url}/console/sign-in`);
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Kata sandi", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
}

describe("staff console in Chromium", () => {
  let admin: BrowserContext;
  let supervisor: BrowserContext;
  let setupLinkForSupervisor = "";
  let totpSecret = "";
  let enrolStep = 0;

  it("the first administrator sets a password from the one-time setup link; the link then works no more", async () => {
    const link = await issueSetupLinkIfNeeded(server.ctx);
    expect(link?.url).toMatch(/\/console\/setup#token=/);
    admin = await browser.newContext();
    const page = await admin.newPage();
    await page.goto(link?.url ?? "");
    // The console renders once its script has run and asked the API about the link: wait for it, as a person would.
    await page.getByRole("heading", { name: "Penyiapan awal" }).waitFor({ state: "visible" });
    await page.getByLabel("Nama pengguna").fill("sari.admin");
    await page.getByLabel("Nama lengkap").fill("Sari Wulandari");
    await page.getByLabel("Kata sandi", { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByLabel("Ulangi kata sandi").fill(ADMIN_PASSWORD);
    await page.getByRole("button", { name: "Buat administrator" }).click();
    await page.getByRole("heading", { name: "Autentikasi dua langkah" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/console/two-factor");

    // The same link in a fresh browser no longer offers set-up.
    const other = await browser.newContext();
    const again = await other.newPage();
    await again.goto(link?.url ?? "");
    await again.getByRole("link", { name: "Ke halaman masuk" }).waitFor();
    await other.close();
  });

  it("the administrator requires two-factor for supervisors and creates a supervisor of unit A", async () => {
    const page = await admin.newPage();
    await page.goto(`${server.url}/console/settings/security`);
    await page.getByLabel("Wajibkan autentikasi dua langkah untuk Supervisor").check();
    await page.getByRole("button", { name: "Simpan" }).click();
    await page.getByText("Perubahan tersimpan.").waitFor();

    await page.goto(`${server.url}/console/users/new`);
    await page.getByLabel("Nama pengguna").fill("budi.supervisor");
    await page.getByLabel("Nama lengkap").fill("Budi Santoso");
    await page.getByTestId("grant-role-0").selectOption({ label: "Supervisor" });
    await page.getByTestId("grant-unit-0").selectOption({ label: unitA.name });
    await page.getByRole("button", { name: "Buat pengguna" }).click();
    const linkField = page.getByLabel("Tautan sekali pakai");
    await linkField.waitFor();
    setupLinkForSupervisor = await linkField.inputValue();
    expect(setupLinkForSupervisor).toMatch(/\/console\/reset-password#token=/);

    // A new unit: its region is picked from the Kemendagri list, not typed; a region another unit serves is refused.
    await page.goto(`${server.url}/console/units`);
    await page.getByRole("button", { name: "Tambah unit" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Nama unit").fill("UPTD PPA Kabupaten Lumajang");
    await pickRegion(page, "Provinsi", "Jawa Timur");
    await pickRegion(page, "Kabupaten/kota", "Kabupaten Jember");
    await dialog.getByLabel("Alamat").fill("Jl. Alun-alun Timur 1");
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await dialog.getByText("Wilayah ini sudah dilayani unit lain.").first().waitFor();
    await pickRegion(page, "Kabupaten/kota", "Kabupaten Lumajang");
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await page.getByRole("cell", { name: "UPTD PPA Kabupaten Lumajang" }).waitFor();
    await page.getByRole("cell", { name: "3508", exact: true }).waitFor();

    await page.goto(`${server.url}/console/audit`);
    await page.getByText("user.created", { exact: true }).first().waitFor();
    await page.getByText(/Rantai audit utuh/).waitFor();
  });

  it("the supervisor chooses a password, must enrol in two-factor, and then signs in with a code", async () => {
    supervisor = await browser.newContext();
    const page = await supervisor.newPage();
    await page.goto(setupLinkForSupervisor);
    await page.getByLabel("Kata sandi", { exact: true }).fill(SUPERVISOR_PASSWORD);
    await page.getByLabel("Ulangi kata sandi").fill(SUPERVISOR_PASSWORD);
    await page.getByRole("button", { name: "Simpan kata sandi" }).click();
    await page.getByText("Kata sandi tersimpan").waitFor();

    await signIn(page, "budi.supervisor", SUPERVISOR_PASSWORD);
    await page.getByTestId("totp-required").waitFor();
    await page.getByRole("button", { name: "Tampilkan kode QR" }).click();
    totpSecret = (await page.getByTestId("totp-secret").innerText()).replace(/\s+/g, "");
    expect(totpSecret).toMatch(/^[A-Z2-7]{32}$/);
    const first = await totpCode(totpSecret);
    enrolStep = first.step;
    await page.getByLabel("Kode autentikasi").fill(first.code);
    await page.getByRole("button", { name: "Aktifkan" }).click();
    await page.getByTestId("totp-enabled").waitFor();

    // A fresh browser: password, then a code from the next time step (a used step is refused).
    await supervisor.close();
    supervisor = await browser.newContext();
    const fresh = await supervisor.newPage();
    await signIn(fresh, "budi.supervisor", SUPERVISOR_PASSWORD);
    await fresh.getByLabel("Kode autentikasi").waitFor();
    const second = await totpCode(totpSecret, enrolStep);
    await fresh.getByLabel("Kode autentikasi").fill(second.code);
    await fresh.getByRole("button", { name: "Verifikasi" }).click();
    await fresh.getByRole("heading", { name: "Selamat datang, Budi Santoso" }).waitFor();
  }, 120_000);

  it("the supervisor of unit A sees unit A and is refused unit B's page", async () => {
    const page = await supervisor.newPage();
    // The console's own link home points at /console (no slash): reloaded there, or opened anew, it is the console.
    await page.goto(`${server.url}/console`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expect.poll(() => page.locator("a[href='/console']").count()).toBeGreaterThan(0);
    await page.reload();
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.goto(`${server.url}/console/units/${unitA.id}`);
    await page.getByRole("heading", { name: unitA.name }).waitFor();

    await page.goto(`${server.url}/console/units/${unitB.id}`);
    await page.getByTestId("not-found").waitFor();
    expect(await page.content()).not.toContain(unitB.name);

    await page.goto(`${server.url}/console/units`);
    await page.getByText(unitA.name).first().waitFor();
    expect(await page.content()).not.toContain(unitB.name);
  });

  it("on a phone-sized screen the sign-in page fits and switches to English", async () => {
    const phone = await browser.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await phone.newPage();
    await page.goto(`${server.url}/console/sign-in`);
    await page.getByRole("heading", { name: "Masuk" }).waitFor();
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
    await page.getByText("EN", { exact: true }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await page.reload();
    await page.getByLabel("Username").waitFor();
    await phone.close();
  });
});
