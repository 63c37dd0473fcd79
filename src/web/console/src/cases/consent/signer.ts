// The signer's form state (client or guardian, typed or drawn signature), its checks before sending, and the API's Signer body.
import type { TFunction } from "i18next";
import { MAX_DRAWN_SIGNATURE, type SignerT } from "./contracts";

export type SignerState = {
  givenBy: "client" | "guardian";
  guardianName: string;
  guardianRelationship: string;
  kind: "typed" | "drawn";
  typedName: string;
  drawn: string | null;
};

export function initialSigner(guardianRequired: boolean): SignerState {
  return {
    givenBy: guardianRequired ? "guardian" : "client",
    guardianName: "",
    guardianRelationship: "",
    kind: "typed",
    typedName: "",
    drawn: null,
  };
}

export type SignerErrors = Partial<Record<"guardianName" | "guardianRelationship" | "typedName" | "drawn", string>>;

/** The same rules as the server's Signer contract and checkSigner, in the officer's words. */
export function signerErrors(t: TFunction, s: SignerState): SignerErrors {
  const errors: SignerErrors = {};
  if (s.givenBy === "guardian") {
    if (s.guardianName.trim().length < 2) errors.guardianName = t("consent.signer.guardianMissing");
    if (!s.guardianRelationship) errors.guardianRelationship = t("consent.signer.guardianMissing");
  }
  if (s.kind === "typed" && s.typedName.trim().length < 2) errors.typedName = t("consent.signer.nameMissing");
  if (s.kind === "drawn" && !s.drawn) errors.drawn = t("consent.signer.drawnMissing");
  if (s.kind === "drawn" && s.drawn && s.drawn.length > MAX_DRAWN_SIGNATURE) errors.drawn = t("consent.signer.drawnTooLarge");
  return errors;
}

export function toSigner(s: SignerState): SignerT {
  const guardian = s.givenBy === "guardian";
  return {
    givenBy: s.givenBy,
    ...(guardian
      ? {
          guardianName: s.guardianName.trim(),
          guardianRelationship: s.guardianRelationship as NonNullable<SignerT["guardianRelationship"]>,
        }
      : {}),
    signature: s.kind === "typed" ? { kind: "typed", name: s.typedName.trim() } : { kind: "drawn", dataUrl: s.drawn ?? "" },
  };
}
