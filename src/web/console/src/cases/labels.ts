// Labels and colours of case statuses, events and reasons, keyed by the transition table's codes.
import type { TFunction } from "i18next";
import { type CaseSummaryT, REJECTION_REASONS, TERMINATION_REASONS } from "./contracts";

export const CASE_STATUS_COLOURS: Record<string, string> = {
  awaiting_approval: "grape",
  open: "teal",
  termination_requested: "orange",
  termination_approved: "yellow",
  closed: "gray",
};

/** A close or termination reason: a code of either list, else the text as written (a reopening reason). */
export function reasonLabel(t: TFunction, reason: string | null): string {
  if (!reason) return "—";
  if ((REJECTION_REASONS as readonly string[]).includes(reason)) return t(`cases.rejection.${reason}`);
  if ((TERMINATION_REASONS as readonly string[]).includes(reason)) return t(`cases.termination.${reason}`);
  return reason;
}

/** A case's name: its register number once approved, else its complaint's tracking code ("Pengaduan TDH-…"). */
export function caseName(t: TFunction, c: Pick<CaseSummaryT, "registerNumber" | "trackingCode">): string {
  return c.registerNumber ?? t("cases.list.complaint", { code: c.trackingCode });
}
