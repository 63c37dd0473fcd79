// End to end in Chromium with JavaScript on: the public pages' script sends forms by fetch and keeps what a reporter or
// victim chose: the verification page's buttons, Enter in a field, region lists chosen quickly, attached photos.
import { sql } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makeUnit, makeUser } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { unseal } from "../../src/modules/reports/identity.js";
import { listRegencies } from "../../src/modules/reports/regions/regions.js";
import { createVerificationLink } from "../../src/modules/reports/verification/create-verification-link.js";
import type { Actor } from "../../src/platform/access/actor.js";
import { type LiveServer, launchBrowser, startLiveServer } from "./browser.js";
import { fillForm } from "./lapor-form.js";

let server: LiveServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let unitId: string;
let officer: MadeUser;

const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;
const PHOTO = {
  name: "lebam.png",
  mimeType: "image/png",
  buffer: Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), Buffer.alloc(2048, 7)]),
};

beforeAll(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  const db = server.ctx.database.db;
  unitId = (await makeUnit(db, { name: "UPTD PPA Kabupaten Jember", regionCode: "3509" })).id;
  officer = await makeUser(server.ctx, db, { roles: [{ role: "intake_officer", unitId }] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const phone = () => browser.browser.newContext({ locale: "id-ID", viewport: { width: 360, height: 740 } });

/** Collects the page's console errors (a CSP refusal among them) and uncaught errors. */
function errorsOf(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") seen.push(m.text());
  });
  page.on("pageerror", (e) => seen.push(e.message));
  return seen;
}

/** A verification link made by the officer for a new complaint, as the console's button does. */
async function newLink() {
  const db = server.ctx.database.db;
  const report = await makeReport(server.ctx, db, { unitId, victimName: "Wulan Sari", victimPhone: "0812-1111-2222" });
  const actor: Actor = {
    userId: officer.id,
    sessionHash: "e2e",
    stage: "full",
    grants: [{ role: "intake_officer", unitId }],
    lang: "id",
  };
  const made = await createVerificationLink(server.ctx, actor, report.id, { channel: "manual", lang: "id" });
  return { reportId: report.id, url: made.url ?? "", code: made.code };
}

async function linkState(reportId: string) {
  const [link] = rows<{ state: string; outcome: string | null }>(
    await server.ctx.database.db.execute(
      sql`SELECT CASE WHEN used_at IS NULL THEN 'open' ELSE 'used' END AS state, outcome FROM verification_links
          WHERE report_id = ${reportId}`,
    ),
  );
  const [report] = rows<{ phone: string }>(
    await server.ctx.database.db.execute(sql`SELECT victim_phone_enc AS phone FROM reports WHERE id = ${reportId}`),
  );
  return { ...link, phone: unseal(server.ctx.cipher, "victim_phone", report?.phone ?? null) };
}

async function openDetails(page: Page, link: { url: string; code: string }) {
  await page.goto(link.url);
  await page.getByLabel("Kode").fill(link.code);
  await page.getByRole("button", { name: "Lanjut" }).click();
  await page.getByRole("heading", { name: "Periksa data Anda" }).waitFor();
}

describe("the public pages' script in Chromium", () => {
  it("the verification page: a correction is stored with the button pressed, by fetch or, when the answer is no page, the plain way", async () => {
    const context = await phone();
    const page = await context.newPage();
    const errors = errorsOf(page);
    const first = await newLink();
    await openDetails(page, first);
    await page.getByLabel("Nomor telepon").fill("0812-9999-8888");
    await page.getByRole("button", { name: "Simpan perbaikan" }).click();
    await page.getByRole("heading", { name: "Terima kasih" }).waitFor();
    expect(await linkState(first.reportId)).toMatchObject({ state: "used", outcome: "corrected", phone: "0812-9999-8888" });

    // A proxy answers the first send with a plain-text error: the form goes again the plain way, still a correction.
    const second = await newLink();
    await openDetails(page, second);
    let refused = false;
    await page.route("**/confirm**", async (route) => {
      if (refused) return route.continue();
      refused = true;
      await route.fulfill({ status: 502, contentType: "text/plain", body: "Bad Gateway" });
    });
    await page.getByLabel("Nomor telepon").fill("0813-7777-6666");
    await page.getByRole("button", { name: "Simpan perbaikan" }).click();
    await page.getByRole("heading", { name: "Terima kasih" }).waitFor();
    expect(refused).toBe(true);
    expect(await linkState(second.reportId)).toMatchObject({ state: "used", outcome: "corrected", phone: "0813-7777-6666" });
    await page.unroute("**/confirm**");
    // An older browser, without requestSubmit: the plain way still carries the pressed button.
    const old = await context.newPage();
    await old.addInitScript(() => {
      delete (globalThis as unknown as { HTMLFormElement: { prototype: { requestSubmit?: unknown } } }).HTMLFormElement.prototype
        .requestSubmit;
    });
    const third = await newLink();
    await openDetails(old, third);
    let refusedOld = false;
    await old.route("**/confirm**", async (route) => {
      if (refusedOld) return route.continue();
      refusedOld = true;
      await route.fulfill({ status: 502, contentType: "text/plain", body: "Bad Gateway" });
    });
    await old.getByLabel("Nomor telepon").fill("0815-3333-2222");
    await old.getByRole("button", { name: "Simpan perbaikan" }).click();
    await old.getByRole("heading", { name: "Terima kasih" }).waitFor();
    expect(await linkState(third.reportId)).toMatchObject({ state: "used", outcome: "corrected", phone: "0815-3333-2222" });
    // The answers' own style and script are not parsed under the page's policy: nothing refused, nothing thrown.
    expect(errors.filter((e) => !e.includes("502"))).toEqual([]);
    await context.close();
  });

  it("the report form: Enter in a field sends the report; quick changes of province leave only the last one's regencies", async () => {
    const context = await phone();
    const page = await context.newPage();
    const errors = errorsOf(page);
    await page.goto(`${server.url}/lapor`);
    await page.getByText("Tekan Esc atau tombol Keluar cepat untuk meninggalkan halaman ini.").waitFor();
    // Jakarta's regencies answer slowly, East Java's at once: the late answer must not join the list.
    await page.route("**/lapor/regions/31", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const province = page.getByLabel("Provinsi tempat tinggal korban *");
    await province.selectOption("31");
    await province.selectOption("35");
    await page.waitForTimeout(2000);
    expect(await page.locator("#regencyCode option").count()).toBe(listRegencies("35").length + 1);
    // Jakarta, East Java and Jakarta again before the first answer: Jakarta's regencies once.
    await province.selectOption("31");
    await province.selectOption("35");
    await province.selectOption("31");
    await page.waitForTimeout(3500);
    expect(await page.locator("#regencyCode option").count()).toBe(listRegencies("31").length + 1);
    await fillForm(page, true, false);
    expect(await page.locator("#choose-region").count()).toBe(0);
    await page.getByLabel("Nama atau inisial korban *").press("Enter");
    const code = (await page.locator("#tracking-code").textContent()) ?? "";
    expect(code).toMatch(/^TDH-/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the report form: photos chosen before a refused send stay chosen, and arrive with the report", async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${server.url}/lapor`);
    await page.getByText("Tekan Esc atau tombol Keluar cepat untuk meninggalkan halaman ini.").waitFor();
    await fillForm(page, true, false);
    await page.getByLabel("Umur (tahun)").fill("");
    await page.getByLabel("Atau tanggal lahir").fill("2099-01-01");
    await page.locator("#evidence").setInputFiles(PHOTO);
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    await page.locator("#errors").waitFor();
    // Still chosen: no request to choose them again.
    expect(await page.locator("#evidence").evaluate((el) => (el as unknown as { files: unknown[] }).files.length)).toBe(1);
    expect(await page.locator("#files-again").count()).toBe(0);
    await page.getByLabel("Atau tanggal lahir").fill("2015-01-01");
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    const code = (await page.locator("#tracking-code").textContent()) ?? "";
    const [stored] = rows<{ n: number }>(
      await server.ctx.database.db.execute(
        sql`SELECT count(e.id)::int AS n FROM reports r JOIN report_evidence e ON e.report_id = r.id WHERE r.tracking_code = ${code}`,
      ),
    );
    expect(stored?.n).toBe(1);
    await context.close();
  });
});
