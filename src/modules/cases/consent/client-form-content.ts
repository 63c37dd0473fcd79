// What the client's page shows for a link: the consent texts asked (partners named) or the termination text; whether a guardian signs.
import type { Tx } from "../../../platform/db/connection.js";
import { partnerNames } from "./check-partners.js";
import { type ConsentPurpose, consentText, terminationText } from "./consent-texts.js";
import type { FoundClientLink } from "./find-client-link.js";

export interface ClientFormContent {
  kind: "consent" | "termination";
  /** A child's case: a parent or guardian fills in their name and relationship and signs. */
  guardian: boolean;
  purposes: { purpose: ConsentPurpose; title: string; body: string }[];
  termination: { title: string; body: string } | null;
}

export async function clientFormContent(tx: Tx, found: FoundClientLink, lang: "id" | "en"): Promise<ClientFormContent> {
  const { link } = found;
  const guardian = found.category === "child";
  if (link.kind === "termination") return { kind: "termination", guardian, purposes: [], termination: terminationText(lang) };
  const names = await partnerNames(tx, link.partnerIds);
  const purposes = (link.purposes as ConsentPurpose[]).map((purpose) => ({
    purpose,
    ...consentText(purpose, lang, purpose === "partner_sharing" ? names : []),
  }));
  return { kind: "consent", guardian, purposes, termination: null };
}
