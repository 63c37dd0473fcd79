// End to end in Chromium: two officers on one complaint. A decision that lost the race is told and the page catches up;
// what one officer or the victim does to a verification link or visit shows on the other's open page; a revoked link's card goes.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePost, makeUnit, makeUser } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { type LiveServer, launchBrowser, startLiveServer } from "./browser.js";
import { type Login, signedIn as signedInAt } from "./intake-form.js";

let server: LiveServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const officers: Login[] = [];
let unitId = "";

beforeAll(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  await server.ctx.database.db.transaction(async (tx) => {
    const unit = await makeUnit(tx, { name: "UPTD PPA Kabupaten Jember", regionCode: "3509" });
    unitId = unit.id;
    await makePost(tx, unit.id, { name: "Pos Pengaduan Kaliwates" });
    for (const name of ["Dewi Lestari", "Rina Marlina"]) {
      officers.push(
        await makeUser(server.ctx, tx, {
          displayName: name,
          password: "teh-manis-hangat-sore",
          roles: [{ role: "intake_officer", unitId: unit.id }],
        }),
      );
    }
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** An officer's page open on the complaint; `deaf`: its live stream cut from the start. */
async function onComplaint(
  officer: Login,
  reportId: string,
  code: string,
  deaf = false,
): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await signedInAt(browser.browser, server.url, officer);
  if (deaf) await opened.context.route("**/api/v1/events", (route) => route.abort());
  await opened.page.goto(`${server.url}/console/intake/reports/${reportId}`);
  await opened.page.getByRole("heading", { name: `Pengaduan ${code}` }).waitFor();
  return opened;
}

const status = (page: Page) => page.getByTestId("report-status");

describe("two officers on one complaint", () => {
  it("the officer whose decision lost the race is told so, their page shows the colleague's decision, and their note stays", async () => {
    const report = await makeReport(server.ctx, server.ctx.database.db, { unitId });
    const first = await onComplaint(officers[0] as Login, report.id, report.trackingCode);
    // The second officer's live stream is cut: both decide in the same moment, before either hears of the other.
    const second = await onComplaint(officers[1] as Login, report.id, report.trackingCode, true);
    const decide = second.page.locator("section", { has: second.page.getByRole("heading", { name: "Keputusan" }) });
    const note = decide.getByLabel("Catatan");
    await note.fill("Penelepon yang sama sudah tiga kali melapor palsu.");

    await first.page.getByRole("button", { name: "Terima ke penerimaan" }).click();
    await expect.poll(() => status(first.page).textContent()).toBe("Dalam penerimaan");

    await decide.getByRole("button", { name: "Tandai bukan kasus" }).click();
    await second.page
      .getByRole("dialog", { name: "Tutup sebagai bukan kasus?" })
      .getByRole("button", { name: "Tandai bukan kasus" })
      .click();
    // Told in words of the console, in a notice that stays; not asked to reload (which would lose the note).
    const notice = second.page.getByRole("alert").filter({ hasText: "Petugas lain baru saja mengubah pengaduan ini" });
    await notice.getByText("Keputusan Anda belum tersimpan.", { exact: false }).waitFor();
    expect(await second.page.getByText("Muat ulang", { exact: false }).count()).toBe(0);
    // The page shows the colleague's decision without a reload, and the note is still there.
    await expect.poll(() => status(second.page).textContent()).toBe("Dalam penerimaan");
    expect(await note.inputValue()).toBe("Penelepon yang sama sudah tiga kali melapor palsu.");
    // Deciding again now works on the complaint as it is.
    await decide.getByRole("button", { name: "Tandai bukan kasus" }).click();
    await second.page
      .getByRole("dialog", { name: "Tutup sebagai bukan kasus?" })
      .getByRole("button", { name: "Tandai bukan kasus" })
      .click();
    await expect.poll(() => status(second.page).textContent()).toBe("Bukan kasus");
    await first.context.close();
    await second.context.close();
  });
});
