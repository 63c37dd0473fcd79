// End to end in Chromium: a session with a 1-minute idle timeout stays alive while an officer types a long intake form,
// and still ends on a screen nobody touches.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit, makeUser } from "../../src/demo/factories.js";
import { type LiveServer, launchBrowser, startLiveServer } from "./browser.js";
import { signedIn } from "./intake-form.js";

let server: LiveServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  server = await startLiveServer({ sessionIdleMinutes: 1 });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const meStatus = (page: Page) => page.evaluate(() => fetch("/api/v1/me").then((r) => r.status));

async function onIntakeForm(name: string): Promise<Page> {
  const db = server.ctx.database.db;
  const unit = await makeUnit(db, { name: `UPTD PPA ${name}`, regionCode: "3509" });
  const login = await makeUser(server.ctx, db, {
    password: "teh-manis-hangat-sore",
    roles: [{ role: "intake_officer", unitId: unit.id }],
  });
  const { page } = await signedIn(browser.browser, server.url, login);
  await page.getByRole("link", { name: /^Pengaduan masuk/ }).click();
  await page.getByRole("link", { name: "Catat pengaduan baru" }).click();
  await page.getByRole("heading", { name: "Formulir penerimaan pengaduan" }).waitFor();
  return page;
}

describe("the session of someone at work", () => {
  it("outlives its idle timeout while the officer types, and ends on an untouched screen", async () => {
    const typing = await onIntakeForm("Jember");
    const idle = await onIntakeForm("Bondowoso");
    const victim = typing.getByLabel("Nama korban");
    // 80 s of typing, a few words every 8 s, and not one request of the page's own.
    for (let i = 0; i < 10; i++) {
      await victim.pressSequentially(`a${i}`);
      await typing.waitForTimeout(8_000);
    }
    expect(await meStatus(typing)).toBe(200);
    await expect.poll(() => victim.inputValue()).toContain("a9");
    expect(await meStatus(idle)).toBe(401);
  }, 150_000);
});
