// Dates and times in a unit's time zone, with Indonesia's abbreviations (WIB, WITA, WIT).
export const DEFAULT_TIME_ZONE = "Asia/Jakarta";

const ABBREVIATIONS: Record<string, string> = {
  "Asia/Jakarta": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
};

export function timeZoneAbbreviation(timeZone: string): string {
  return ABBREVIATIONS[timeZone] ?? timeZone;
}

function locale(lang: string): string {
  return lang === "en" ? "en-GB" : "id-ID";
}

/** "5 Mar 2025 14.30 WIB": date and time as seen in the given time zone. */
export function formatDateTime(iso: string | null | undefined, timeZone: string, lang: string): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const tz = ABBREVIATIONS[timeZone] ? timeZone : DEFAULT_TIME_ZONE;
  const format = new Intl.DateTimeFormat(locale(lang), {
    timeZone: tz,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return `${format.format(date)} ${timeZoneAbbreviation(tz)}`;
}

/** Indonesia's zones keep one offset all year (no daylight saving time): hours ahead of UTC. */
const OFFSET_HOURS: Record<string, number> = { "Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9 };

/** The ISO instant for a local date-time string ("2025-03-05T14:30") entered in the given time zone. */
export function zonedLocalToIso(local: string, timeZone: string): string {
  const withSeconds = local.length === 16 ? `${local}:00` : local;
  return `${withSeconds}+0${OFFSET_HOURS[timeZone] ?? 7}:00`;
}

/** The local date-time string ("2025-03-05T14:30", as a datetime-local input holds it) of an instant in the given time zone. */
export function isoToZonedLocal(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + (OFFSET_HOURS[timeZone] ?? 7) * 3_600_000);
  return shifted.toISOString().slice(0, 16);
}
