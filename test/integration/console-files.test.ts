// The built staff console over HTTP: its shell at every page address (also /console without the slash), its files, and 404s.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app.js";

let app: TestApp;
let consoleDir: string;

beforeAll(async () => {
  consoleDir = fs.mkdtempSync(path.join(os.tmpdir(), "teduh-console-"));
  fs.mkdirSync(path.join(consoleDir, "assets"));
  fs.writeFileSync(
    path.join(consoleDir, "index.html"),
    '<!doctype html><html lang="id"><head><meta name="csp-nonce" content="__CSP_NONCE__"><title>Teduh</title>' +
      '<script type="module" src="/console/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>',
  );
  fs.writeFileSync(path.join(consoleDir, "assets", "index-abc123.js"), "console.log('teduh');");
  fs.writeFileSync(path.join(consoleDir, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
  app = await startTestApp("pglite", { consoleDir });
});

afterAll(async () => {
  await app?.close();
  fs.rmSync(consoleDir, { recursive: true, force: true });
});

/** The console's shell, answered with this response's style nonce in place of the placeholder and never cached. */
function expectShell(response: Awaited<ReturnType<TestApp["app"]["inject"]>>) {
  expect(response.statusCode).toBe(200);
  expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
  expect(response.headers["cache-control"]).toBe("no-store");
  expect(response.body).toContain('<div id="root"></div>');
  expect(response.body).not.toContain("__CSP_NONCE__");
  const nonce = response.body.match(/name="csp-nonce" content="([0-9a-f]{32})"/)?.[1];
  expect(nonce).toBeDefined();
  expect(String(response.headers["content-security-policy"])).toContain(`'nonce-${nonce}'`);
}

describe("the staff console's files", () => {
  it("serves the shell at /console without the slash (where the console's home links point), with it, and at any page", async () => {
    for (const url of ["/console", "/console?lang=en", "/console/", "/console/cases/approvals", "/console/intake/reports/x"]) {
      expectShell(await app.app.inject({ method: "GET", url }));
    }
  });

  it("serves built files with their type; hashed assets are cached for good, others revalidated", async () => {
    const asset = await app.app.inject({ method: "GET", url: "/console/assets/index-abc123.js" });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(asset.body).toBe("console.log('teduh');");
    const icon = await app.app.inject({ method: "GET", url: "/console/favicon.svg" });
    expect(icon.headers["content-type"]).toBe("image/svg+xml");
    expect(icon.headers["cache-control"]).toBe("no-cache");
  });

  it("answers 404 for a missing asset instead of the shell, and sends / to the console", async () => {
    expect((await app.app.inject({ method: "GET", url: "/console/assets/gone-999.js" })).statusCode).toBe(404);
    const root = await app.app.inject({ method: "GET", url: "/" });
    expect(root.statusCode).toBe(302);
    expect(root.headers.location).toBe("/console/");
  });
});
