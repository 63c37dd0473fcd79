// A hook returning a date formatter in the current language and the relevant unit's time zone.
import { useTranslation } from "react-i18next";
import { formatDateTime } from "./datetime";
import { useTimeZoneOf } from "./useTimeZone";

export function useFormatDate(): (iso: string | null | undefined, unitId?: string | null) => string {
  const { i18n } = useTranslation();
  const zoneOf = useTimeZoneOf();
  return (iso, unitId) => formatDateTime(iso, zoneOf(unitId), i18n.language);
}
