// End to end in Chromium: a complaint named by its tracking code, to find it (an officer on the phone with a reporter)
// and to close another as its duplicate when the hints did not find it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit, makeUser } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { type LiveServer, launchBrowser, startLiveServer } from "./browser.js";
import { type Login, signedIn } from "./intake-form.js";

let server: LiveServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let officer: Login;
let unitId = "";
let otherUnitId = "";

beforeAll(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  await server.ctx.database.db.transaction(async (tx) => {
    unitId = (await makeUnit(tx, { name: "UPTD PPA Kabupaten Jember", regionCode: "3509" })).id;
    otherUnitId = (await makeUnit(tx, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" })).id;
    officer = await makeUser(server.ctx, tx, {
      displayName: "Dewi Lestari",
      password: "teh-manis-hangat-sore",
      roles: [{ role: "intake_officer", unitId }],
    });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a duplicate named by its code", () => {
  it("a neighbour's second report of the same child, with other initials and no phone: the officer types the first one's code", async () => {
    const db = server.ctx.database.db;
    const first = await makeReport(server.ctx, db, { unitId, category: "child", victimName: "D. L.", reporterPhone: "0811" });
    const second = await makeReport(server.ctx, db, { unitId, category: "child", victimName: "Dini", reporterPhone: "0822" });
    const { page, context } = await signedIn(browser.browser, server.url, officer);
    await page.goto(`${server.url}/console/intake/reports/${second.id}`);
    await page.getByRole("heading", { name: `Pengaduan ${second.trackingCode}` }).waitFor();
    const decide = page.locator("section", { has: page.getByRole("heading", { name: "Keputusan" }) });
    await decide.getByText("Tidak ada kemungkinan duplikat di unit ini.").waitFor();

    // A code that is no complaint of the unit: said at the field, nothing closed.
    const code = decide.getByLabel("Duplikat dari pengaduan lain");
    await code.fill("TDH-XXXX-YYYY");
    await decide.getByRole("button", { name: "Tandai duplikat", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Tutup sebagai duplikat?" });
    await dialog.getByRole("button", { name: "Tutup sebagai duplikat" }).click();
    await decide.getByText("Pengaduan asal tidak ditemukan di unit ini.").waitFor();
    await expect.poll(() => code.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => page.getByTestId("report-status").textContent()).toBe("Baru");

    // The right one, typed as read over the phone: lower case, spaces for dashes.
    await code.fill(first.trackingCode.toLowerCase().replaceAll("-", " "));
    await decide.getByRole("button", { name: "Tandai duplikat", exact: true }).click();
    await dialog.getByText(`Pengaduan ${second.trackingCode} akan ditutup sebagai duplikat dari`, { exact: false }).waitFor();
    await dialog.getByRole("button", { name: "Tutup sebagai duplikat" }).click();
    await expect.poll(() => page.getByTestId("report-status").textContent()).toBe("Duplikat");
    await page.getByRole("link", { name: "Buka pengaduan asal" }).click();
    await page.getByRole("heading", { name: `Pengaduan ${first.trackingCode}` }).waitFor();
    await context.close();
  });
});

describe("finding a complaint by its code", () => {
  it("a code typed in lower case with spaces opens the complaint, a closed one too; another unit's code is said not found in the unit", async () => {
    const db = server.ctx.database.db;
    // Closed weeks ago as not a case: no longer in the queue's default view, so scrolling would not find it.
    const wanted = await makeReport(server.ctx, db, { unitId, status: "not_a_case" });
    const elsewhere = await makeReport(server.ctx, db, { unitId: otherUnitId });
    const { page, context } = await signedIn(browser.browser, server.url, officer);
    await page.goto(`${server.url}/console/intake`);
    await page.getByRole("heading", { name: "Antrean pengaduan" }).waitFor();
    expect(await page.getByRole("link", { name: wanted.trackingCode }).count()).toBe(0);
    const search = page.getByLabel("Cari kode pelacakan atau nomor register");

    // Another unit's complaint: told at the field, in words, and the queue stays.
    await search.fill(elsewhere.trackingCode.toLowerCase().replaceAll("-", " "));
    await page.getByRole("button", { name: "Buka pengaduan" }).click();
    await page.getByText("Tidak ada pengaduan dengan kode pelacakan atau nomor register itu di unit Anda.").waitFor();
    await expect.poll(() => search.getAttribute("aria-invalid")).toBe("true");
    expect(new URL(page.url()).pathname).toBe("/console/intake");

    // The code as read over the phone: lower case, spaces for dashes; Enter opens it.
    await search.fill(wanted.trackingCode.toLowerCase().replaceAll("-", " "));
    expect(await search.getAttribute("aria-invalid")).not.toBe("true");
    await search.press("Enter");
    await page.getByRole("heading", { name: `Pengaduan ${wanted.trackingCode}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/console/intake/reports/${wanted.id}`);
    await expect.poll(() => page.getByTestId("report-status").textContent()).toBe("Bukan kasus");
    await context.close();
  });
});
