// Checks who signs (a child's case needs a parent or guardian with name and relationship) and seals what they give.
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";
import { AppError } from "../../../platform/http/errors.js";
import { sealConsent } from "./consent-seal.js";
import type { SignerT } from "./contracts.js";

export function checkSigner(signer: SignerT, child: boolean): void {
  if (child && signer.givenBy !== "guardian") {
    throw new AppError(400, "consent.guardian_required", {}, [{ path: "signer.givenBy", message: "" }]);
  }
  if (signer.givenBy === "guardian") {
    const missing = [
      ...(signer.guardianName ? [] : ["signer.guardianName"]),
      ...(signer.guardianRelationship ? [] : ["signer.guardianRelationship"]),
    ];
    if (missing.length) {
      throw new AppError(
        400,
        child ? "consent.guardian_required" : "consent.guardian_fields",
        {},
        missing.map((path) => ({ path, message: "" })),
      );
    }
  }
}

/** The columns a signer fills, sealed; a guardian's fields are dropped when the client signs. */
export function signerColumns(cipher: FieldCipher, signer: SignerT) {
  const guardian = signer.givenBy === "guardian";
  const signature = signer.signature.kind === "typed" ? signer.signature.name : signer.signature.dataUrl;
  return {
    guardianNameEnc: guardian ? sealConsent(cipher, "guardian_name", signer.guardianName) : null,
    guardianRelationship: guardian ? (signer.guardianRelationship ?? null) : null,
    signatureKind: signer.signature.kind,
    signatureEnc: sealConsent(cipher, "signature", signature) as string,
  };
}
