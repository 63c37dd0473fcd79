// The console's HTML obeys the strict CSP: no inline script or <style>, and carries the nonce placeholder.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const source = fileURLToPath(new URL("./index.html", import.meta.url));
const built = fileURLToPath(new URL("../../../dist/console/index.html", import.meta.url));

function checkHtml(html: string): void {
  expect(html).toContain('<meta name="csp-nonce" content="__CSP_NONCE__"');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    expect(attributes).toMatch(/\bsrc=/);
    expect((body ?? "").trim()).toBe("");
  }
  expect(html).not.toMatch(/<style\b/i);
  expect(html).not.toMatch(/\son[a-z]+=/i);
}

describe("console HTML under the CSP", () => {
  it("source index.html has no inline script or style", () => {
    checkHtml(readFileSync(source, "utf8"));
  });
  it.skipIf(!existsSync(built))("built index.html has no inline script or style", () => {
    checkHtml(readFileSync(built, "utf8"));
  });
});
