// Labels and colours of case services: service types, intervention statuses, police-report states, provider names.
import type { TFunction } from "i18next";
import type { InterventionT } from "./contracts";

export const INTERVENTION_STATUS_COLOURS: Record<string, string> = {
  planned: "blue",
  in_progress: "teal",
  done: "gray",
  cancelled: "gray",
};

export const POLICE_STATE_COLOURS: Record<string, string> = { pending: "orange", overdue: "red", met: "teal", waived: "gray" };

export const serviceLabel = (t: TFunction, type: string) => t(`services.types.${type}`);
export const statusLabel = (t: TFunction, status: string) => t(`services.interventionStatus.${status}`);

/** "Rina Wulandari (Psikolog)": the provider with their profession. */
export function providerLabel(t: TFunction, provider: Pick<InterventionT["provider"], "displayName" | "profession">): string {
  return provider.profession ? `${provider.displayName} (${t(`professions.${provider.profession}`)})` : provider.displayName;
}
