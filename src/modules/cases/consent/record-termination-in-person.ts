// The case manager records the termination form signed in person (client, or a child's guardian) with the feedback: the case closes.
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import type { AppContext } from "../../../platform/http/context.js";
import { loadConsentCase } from "./consent-case.js";
import type { RecordTerminationBody, TerminationFormT } from "./contracts.js";
import { terminationFormsOf } from "./termination-view.js";
import { writeTermination } from "./write-termination.js";

type Body = z.output<typeof RecordTerminationBody>;

export async function recordTerminationInPerson(ctx: AppContext, actor: Actor, caseId: string, body: Body) {
  return ctx.database.db.transaction(async (tx) => {
    const { child } = await loadConsentCase(tx, actor, caseId, "case.consent.manage");
    const { detail, formId } = await writeTermination(tx, ctx, actor, caseId, {
      version: body.version,
      signer: body.signer,
      feedback: body.feedback,
      child,
      method: "in_person",
      linkId: null,
    });
    const form = (await terminationFormsOf(tx, ctx.cipher, caseId)).find((f) => f.id === formId) as TerminationFormT;
    return { case: detail, form };
  });
}
