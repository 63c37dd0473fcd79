// The client (or guardian) submits the consent or termination form of a link: consent records, or the signed form and
// feedback closing the case through the transition table; the link is used; all in one transaction.
import { eq } from "drizzle-orm";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { checkProof } from "../../reports/verification/link-secrets.js";
import { actorOfRecord } from "./actor-of-record.js";
import { type ClientFormContent, clientFormContent } from "./client-form-content.js";
import { isClientLinkLive } from "./client-link-views.js";
import { CONSENT_STATUSES } from "./consent-case.js";
import { findClientLink } from "./find-client-link.js";
import { type FormErrors, readClientForm } from "./read-client-form.js";
import { clientLinkRequests } from "./schema.js";
import { writeConsent } from "./write-consent.js";
import { writeTermination } from "./write-termination.js";

export type SubmitResult =
  | { kind: "invalid" }
  | { kind: "proof_expired" }
  | { kind: "errors"; content: ClientFormContent; errors: FormErrors; proof: string }
  | { kind: "done" };

/** Thrown inside the transaction to roll it back when the case no longer allows what the link asks. */
class LinkNoLongerValid extends Error {}

async function submit(ctx: AppContext, token: string, form: URLSearchParams, lang: "id" | "en"): Promise<SubmitResult> {
  const proof = form.get("proof") ?? "";
  return ctx.database.db.transaction(async (tx) => {
    const found = await findClientLink(tx, token, true);
    if (!found || !isClientLinkLive(found.link)) return { kind: "invalid" } as const;
    const { link, caseRow } = found;
    if (!checkProof(ctx.cipher, link.id, proof)) return { kind: "proof_expired" } as const;
    const content = await clientFormContent(tx, found, lang);
    const read = readClientForm(form, content);
    if (!read.answer) return { kind: "errors", content, errors: read.errors, proof } as const;
    const { answer } = read;
    if (link.kind === "consent") {
      if (!CONSENT_STATUSES.has(caseRow.status)) throw new LinkNoLongerValid();
      await writeConsent(tx, ctx.cipher, caseRow, {
        decisions: answer.decisions,
        partnerIds: link.partnerIds,
        signer: answer.signer,
        child: content.guardian,
        method: "link",
        recordedBy: link.createdBy,
        linkId: link.id,
      });
    } else {
      const actor = await actorOfRecord(tx, link.createdBy);
      if (!actor) throw new LinkNoLongerValid();
      await writeTermination(tx, ctx, actor, caseRow.id, {
        version: caseRow.version,
        signer: answer.signer,
        feedback: answer.feedback,
        child: content.guardian,
        method: "link",
        linkId: link.id,
      });
    }
    await tx.update(clientLinkRequests).set({ usedAt: new Date() }).where(eq(clientLinkRequests.id, link.id));
    return { kind: "done" } as const;
  });
}

export async function submitClientLink(
  ctx: AppContext,
  token: string,
  form: URLSearchParams,
  lang: "id" | "en",
): Promise<SubmitResult> {
  try {
    return await submit(ctx, token, form, lang);
  } catch (error) {
    // The case moved on (reassigned, reopened, closed) or its case manager left: the link cannot do what it asked.
    if (error instanceof LinkNoLongerValid || (error instanceof AppError && error.status < 500)) return { kind: "invalid" };
    throw error;
  }
}
