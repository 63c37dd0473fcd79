// End-to-end helpers: Teduh on a real port (PGlite in memory, the built console) and Debian's Chromium.
import fs from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import type { AppContext } from "../../src/platform/http/context.js";
import { buildApp } from "../../src/server/app.js";
import { type Config, loadConfig } from "../../src/server/config.js";
import { createTestDatabase, testCipher } from "../helpers/test-app.js";

export interface LiveServer {
  url: string;
  ctx: AppContext;
  close(): Promise<void>;
}

export async function startLiveServer(settings: Partial<Config> = {}): Promise<LiveServer> {
  const consoleDir = path.resolve("dist/console");
  if (!fs.existsSync(path.join(consoleDir, "index.html"))) throw new Error("Build the console first: npm run build");
  const testDb = await createTestDatabase("pglite");
  const ctx: AppContext = {
    config: loadConfig({}, { scryptCost: 1024, logLevel: "silent", consoleDir, ...settings }),
    database: testDb.database,
    cipher: testCipher(),
  };
  const app = await buildApp(ctx, { logger: false });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  ctx.config.publicUrl = url;
  ctx.config.linkUrl = url;
  return {
    url,
    ctx,
    async close() {
      await app.close();
      await testDb.drop();
    },
  };
}

export async function launchBrowser(): Promise<{
  browser: Browser;
  newContext: () => Promise<BrowserContext>;
  close(): Promise<void>;
}> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    browser,
    newContext: () => browser.newContext({ locale: "id-ID", viewport: { width: 1280, height: 800 } }),
    async close() {
      // Playwright gives every launch a fresh, temporary profile of its own and removes it here.
      await browser.close();
    },
  };
}

/** Reads a passing notice and closes it, as a user does before clicking what it covers (a hovered notice stays). */
export async function closeNotice(page: Page, text: string): Promise<void> {
  const notice = page.getByRole("alert").filter({ hasText: text });
  await notice.getByRole("button").click();
  await notice.waitFor({ state: "detached" });
}
