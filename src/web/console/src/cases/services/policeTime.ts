// The time left before (or past) the police-report deadline, as a translated "2 days 5 hours" / "3 hours 10 minutes".
import type { TFunction } from "i18next";

const MINUTE = 60_000;

export function timeLeft(dueAt: string, now: number): { overdue: boolean; days: number; hours: number; minutes: number } {
  const diff = Date.parse(dueAt) - now;
  const total = Math.floor(Math.abs(diff) / MINUTE);
  return {
    overdue: diff < 0,
    days: Math.floor(total / 1440),
    hours: Math.floor((total % 1440) / 60),
    minutes: total % 60,
  };
}

export function durationText(t: TFunction, left: ReturnType<typeof timeLeft>): string {
  return left.days > 0
    ? t("services.police.daysHours", { days: left.days, hours: left.hours })
    : t("services.police.hoursMinutes", { hours: left.hours, minutes: left.minutes });
}
