// Colours and labels of consent states, client-link states and signers, keyed by the consent contracts' codes.
import type { TFunction } from "i18next";

export const CONSENT_STATE_COLOURS: Record<string, string> = {
  granted: "teal",
  refused: "orange",
  withdrawn: "red",
  not_asked: "gray",
};

export const LINK_STATE_COLOURS: Record<string, string> = {
  pending: "yellow",
  sent: "blue",
  used: "teal",
  expired: "gray",
  revoked: "red",
};

/** "The client", or "Parent or guardian (mother)". */
export function signerLabel(t: TFunction, givenBy: "client" | "guardian", relationship: string | null): string {
  if (givenBy === "client") return t("consent.signer.client");
  if (!relationship) return t("consent.signer.guardian");
  return t("consent.history.guardianOf", { relationship: t(`consent.signer.relationships.${relationship}`) });
}

/** The names of the partner agencies given by id, in order (an agency no longer active is named as such). */
export function partnerNames(t: TFunction, ids: readonly string[], partners: readonly { id: string; name: string }[]): string {
  const byId = new Map(partners.map((p) => [p.id, p.name]));
  return ids.map((id) => byId.get(id) ?? t("consent.partners.unknown")).join(", ");
}
