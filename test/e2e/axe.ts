// Accessibility check of the page in Chromium: axe-core's WCAG 2.1 A and AA rules and its best practices.
import axe from "axe-core";
import type { Page } from "playwright-core";

const RULE_SETS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/** Every rule the page breaks, one line per element ("rule: element: why"); empty when the page passes. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // A notice fading in (a supervisor's urgent notice, shown again on each page) would be judged at part of its opacity:
  // the page is shown as to someone who asked for reduced motion (the console then fades nothing, theme.ts), and any
  // transition or animation already running that ends (not a spinner's) is let end. Read through the DevTools protocol,
  // as axe is.
  await page.emulateMedia({ reducedMotion: "reduce" });
  const moving = `document.getAnimations().filter((a) => a.playState === "running" && a.effect?.getComputedTiming().iterations !== Infinity).length`;
  for (let tries = 0; tries < 50 && (await page.evaluate(moving)) !== 0; tries++) await page.waitForTimeout(100);
  // Injected through the DevTools protocol, which the pages' strict CSP does not govern; the page's own scripts are untouched.
  await page.evaluate(`${axe.source};0`);
  const result = await page.evaluate((runOnly) => (globalThis as unknown as { axe: typeof axe }).axe.run({ runOnly }), RULE_SETS);
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}: ${(n.failureSummary ?? v.help).replace(/\s+/g, " ")}`),
  );
}
