// Dates and times of the case file in the unit's time zone, with Indonesia's zone names (WIB, WITA, WIT).
import { TIME_ZONE_NAMES } from "../../../platform/access/roles.js";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat("id-ID", {
      timeZone,
      day: "2-digit",
      month: "long",
      year: "numeric",
      ...(withTime ? { hour: "2-digit", minute: "2-digit", hour12: false } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

/** "25 November 2026 14.05 WIB"; "-" for no date. */
export function dateTime(at: Date | null, timeZone: string): string {
  if (!at) return "-";
  const parts = formatter(timeZone, true).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("day")} ${get("month")} ${get("year")} ${get("hour")}.${get("minute")} ${TIME_ZONE_NAMES[timeZone] ?? timeZone}`;
}

/** "25 November 2026" for a calendar date ("2026-11-25") or an instant in the unit's zone; other text as it is. */
export function dateOnly(at: Date | string | null, timeZone: string): string {
  if (!at) return "-";
  if (typeof at === "string" && !/^\d{4}-\d{2}-\d{2}$/.test(at)) return at;
  const instant = typeof at === "string" ? new Date(`${at}T12:00:00Z`) : at;
  return formatter(typeof at === "string" ? "UTC" : timeZone, false).format(instant);
}
