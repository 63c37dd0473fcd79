// The Teduh look: calm teal-green primary, soft surfaces, system fonts (no external font under the CSP).
import { type CSSVariablesResolver, createTheme, darken, type MantineColorsTuple } from "@mantine/core";

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
  components: {
    Button: { defaultProps: { radius: "md" } },
    Paper: { defaultProps: { radius: "md" } },
    Card: { defaultProps: { radius: "md", withBorder: true } },
    Table: { defaultProps: { verticalSpacing: "sm", highlightOnHover: true } },
    // A badge is a status or a warning: never cut to "DALAM BAHAYA S…" (its label claims its full width, even in a narrow column).
    Badge: { styles: { root: { flexShrink: 0 }, label: { overflow: "visible" } } },
  },
});

/**
 * Text that meets WCAG AA contrast (4.5:1, checked by axe in the e2e tests): dimmed text one shade darker than
 * Mantine's gray-6 (3.3:1 on white), placeholders at 4.9:1 instead of gray-5's 2.1:1, field errors in red-9
 * (red-6 is 3.3:1), and light badges and alerts on the palest shade with their darkest shade darkened.
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
      ]),
    ),
  },
  dark: {},
});
