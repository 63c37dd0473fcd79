// The console theme's colours meet WCAG AA: white text on every filled badge or button background of the light scheme.
import { DEFAULT_THEME, mergeMantineTheme } from "@mantine/core";
import { describe, expect, it } from "vitest";
import { cssVariablesResolver, filledBackground, onWhite, theme } from "./theme";

const merged = mergeMantineTheme(DEFAULT_THEME, theme);
const light = cssVariablesResolver(merged).light as Record<string, string>;

describe("console theme contrast", () => {
  it("gives every colour a filled background under white text at 4.5:1 or more", () => {
    for (const name of Object.keys(merged.colors)) {
      const shade = merged.colors[name]?.[8] as string;
      const filled = light[`--mantine-color-${name}-filled`] ?? shade;
      expect(onWhite(filled), `${name}: ${filled}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("darkens only the colours whose shade 8 is too light (teal, orange, yellow), and keeps the Teduh green and blue", () => {
    expect(onWhite(merged.colors.teal[8])).toBeLessThan(4.5);
    expect(light["--mantine-color-teal-filled"]).toBeDefined();
    expect(light["--mantine-color-orange-filled"]).toBeDefined();
    expect(light["--mantine-color-yellow-filled"]).toBeDefined();
    expect(light["--mantine-color-teduh-filled"]).toBeUndefined();
    expect(light["--mantine-color-blue-filled"]).toBeUndefined();
    expect(filledBackground("#1971c2")).toBe("#1971c2");
  });
});
