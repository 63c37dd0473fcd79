// A formatter of calendar days ("2025-03-05" -> "5 Mar 2025"): target and session dates are the unit's days, not instants.
import { useTranslation } from "react-i18next";

export function formatDay(day: string | null | undefined, lang: string): string {
  if (!day) return "—";
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "id-ID", {
    timeZone: "UTC",
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format(date);
}

/** Today's calendar day in a time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, at: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

export function useFormatDay(): (day: string | null | undefined) => string {
  const { i18n } = useTranslation();
  return (day) => formatDay(day, i18n.language);
}
