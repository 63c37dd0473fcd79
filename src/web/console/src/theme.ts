// The Teduh look: calm teal-green primary, soft surfaces, system fonts (no external font under the CSP).
import { type CSSVariablesResolver, createTheme, darken, luminance, type MantineColorsTuple } from "@mantine/core";

const teduh: MantineColorsTuple = [
  "#e8f7f3",
  "#d3ede6",
  "#a6dacb",
  "#76c6ae",
  "#4fb596",
  "#37aa88",
  "#27a481",
  "#15906e",
  "#067f61",
  "#006e53",
];

const fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: "teduh",
  primaryShade: { light: 8, dark: 6 },
  colors: { teduh },
  fontFamily,
  headings: { fontFamily, fontWeight: "650" },
  defaultRadius: "md",
  cursorType: "pointer",
  // Who asks their system for less motion gets notices and menus without fading or sliding.
  respectReducedMotion: true,
  components: {
    Button: { defaultProps: { radius: "md" } },
    Paper: { defaultProps: { radius: "md" } },
    Card: { defaultProps: { radius: "md", withBorder: true } },
    Table: { defaultProps: { verticalSpacing: "sm", highlightOnHover: true } },
    // A badge is a status or a warning: never cut to "DALAM BAHAYA S…" (its label claims its full width, even in a narrow column).
    Badge: { styles: { root: { flexShrink: 0 }, label: { overflow: "visible" } } },
  },
});

/** WCAG contrast of white text on `background`. */
export const onWhite = (background: string): number => 1.05 / (luminance(background) + 0.05);

/**
 * A filled badge's or button's background under white text at 4.5:1 at least: the light scheme's shade (8) where it
 * reaches that (blue, grape, the Teduh green), else darkened a step at a time (teal-8 is 3.9:1, orange-8 3.6:1,
 * yellow-8 2.5:1 on white).
 */
export function filledBackground(shade: string): string {
  let colour = shade;
  for (let step = 1; onWhite(colour) < 4.5 && step <= 20; step++) colour = darken(shade, step * 0.05);
  return colour;
}

/** The filled variant's background and hover of colour `name`, set only where shade 8 is too light for white text. */
function filledColours(name: string, shade: string | undefined): [string, string][] {
  if (!shade || onWhite(shade) >= 4.5) return [];
  const background = filledBackground(shade);
  return [
    [`--mantine-color-${name}-filled`, background],
    [`--mantine-color-${name}-filled-hover`, darken(background, 0.1)],
  ];
}

/**
 * Text that meets WCAG AA contrast (4.5:1, checked by axe in the e2e tests): dimmed text one shade darker than
 * Mantine's gray-6 (3.3:1 on white), placeholders at 4.9:1 instead of gray-5's 2.1:1, field errors in red-9
 * (red-6 is 3.3:1), light badges and alerts on the palest shade with their darkest shade darkened, and filled ones
 * (a case's status, a danger button) dark enough for their white text.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-placeholder": "#6b7178",
    "--mantine-color-error": "var(--mantine-color-red-9)",
    ...Object.fromEntries(
      Object.keys(t.colors).flatMap((name) => [
        [`--mantine-color-${name}-light`, `var(--mantine-color-${name}-0)`],
        [`--mantine-color-${name}-light-color`, darken(t.colors[name]?.[9] ?? "#000", 0.25)],
        ...filledColours(name, t.colors[name]?.[8]),
      ]),
    ),
  },
  dark: {},
});
