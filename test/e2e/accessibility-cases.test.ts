// End to end in Chromium: the case side of the console passes axe (WCAG 2.1 AA) on the demo's cases, for the roles using it.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoSeed, seedDemo } from "../../src/demo/seed-demo.js";
import { accessibilityProblems } from "./axe.js";
import { type LiveServer, launchBrowser, startLiveServer } from "./browser.js";
import { signedIn } from "./intake-form.js";

const JEMBER = "UPTD PPA Kabupaten Jember";
let server: LiveServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let seed: DemoSeed;

beforeAll(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  seed = await seedDemo(server.ctx);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const login = (role: string, profession?: string) => {
  const found = seed.logins.find((l) => l.role === role && l.unitName === JEMBER && (!profession || l.profession === profession));
  if (!found) throw new Error(`no demo ${role} in ${JEMBER}`);
  return { username: found.username, password: found.password };
};
const passes = async (page: Page, where: string) => expect(await accessibilityProblems(page), where).toEqual([]);

describe("accessibility of the case pages in Chromium (axe-core, WCAG 2.1 A/AA and best practices)", () => {
  it("the case manager: the case list, a running case (its status badge) and every tab of it", async () => {
    const { context, page } = await signedIn(browser.browser, server.url, login("case_manager"));
    await page.goto(`${server.url}/console/cases`);
    const links = page.locator('a[href^="/console/cases/"]');
    await links.first().waitFor();
    await passes(page, "case list");
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    let running = false;
    for (const href of hrefs) {
      await page.goto(`${server.url}${href}`);
      const status = page.getByTestId("case-status");
      await status.waitFor();
      if ((await status.textContent()) !== "Berjalan") continue;
      running = true;
      await passes(page, `case ${href}`);
      const tabs = page.getByRole("tab");
      for (let i = 0; i < (await tabs.count()); i++) {
        const tab = tabs.nth(i);
        await tab.click();
        await expect.poll(() => tab.getAttribute("aria-selected")).toBe("true");
        await page.getByRole("tabpanel").first().waitFor();
        await passes(page, `case ${href}, tab ${await tab.textContent()}`);
      }
      break;
    }
    expect(running).toBe(true);
    await context.close();
  }, 90_000);

  it("the supervisor's approval queue and case list, and a psychologist's own work", async () => {
    const sup = await signedIn(browser.browser, server.url, login("supervisor"));
    await sup.page.goto(`${server.url}/console/cases/approvals`);
    await sup.page.getByTestId("approval-queue").getByRole("link").first().waitFor();
    await passes(sup.page, "approval queue");
    await sup.page.goto(`${server.url}/console/cases`);
    await sup.page.locator('a[href^="/console/cases/"]').first().waitFor();
    await passes(sup.page, "the unit's cases");
    await sup.context.close();

    const psy = await signedIn(browser.browser, server.url, login("service_provider", "psikolog"));
    await psy.page.goto(`${server.url}/console/interventions`);
    await psy.page.getByRole("heading", { level: 1 }).waitFor();
    await passes(psy.page, "my work");
    await psy.context.close();
  }, 60_000);

  it("on a 360 px phone, the profile page fits: a long role grant ('Petugas penerima pengaduan · UPTD PPA …') wraps", async () => {
    const { context, page } = await signedIn(browser.browser, server.url, login("intake_officer"), { width: 360, height: 740 });
    await page.goto(`${server.url}/console/profile`);
    await page.getByText(`Petugas penerima pengaduan · ${JEMBER}`).waitFor();
    await expect.poll(() => page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
    await passes(page, "profile on a phone");
    await context.close();
  }, 60_000);
});
