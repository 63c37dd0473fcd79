// The Teduh look: calm teal-green primary, soft surfaces, system fonts (no external font under the CSP).
import { createTheme, type MantineColorsTuple } from "@mantine/core";

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
