// Reads a sent report form, checks and seals it, counts it against the per-address limit (forms with errors apart), and hands it to the report writer.
import type { FastifyRequest } from "fastify";
import type { FieldErrors } from "../../../modules/reports/public/contracts.js";
import { prepareReport } from "../../../modules/reports/public/prepare-report.js";
import { idempotencyKeyValid, newIdempotencyKey } from "../../../modules/reports/public/report-secrets.js";
import type { SubmittedReport } from "../../../modules/reports/public/store-reports.js";
import { submitPublicReport } from "../../../modules/reports/public/submit-public-report.js";
import type { AppContext } from "../../../platform/http/context.js";
import { limited } from "../form-helpers.js";
import type { Values } from "./fields.js";
import { readForm, single } from "./read-form.js";

const HOUR = 3600;
/** Region steps, and forms sent back with errors, an address may send in an hour: far more than honest use needs. */
const STEPS_PER_HOUR = 300;

/** Every answer that gives the form back says how many files came with it: a file input comes back empty. */
type Back = { values: Values; idempotencyKey: string; filesSent: number };

export type Received =
  /** The no-JavaScript region step: the form again, with the regencies/districts of what was chosen. */
  | ({ kind: "region_step" } & Back)
  /** Over the per-address limit: nothing stored; the values give the form back, to send again later. */
  | ({ kind: "limited"; retrySeconds: number } & Back)
  /** The limit's counter could not be written (the database unreachable): nothing stored; the form back, to send again. */
  | ({ kind: "unavailable" } & Back)
  /** A form key that this installation did not sign (forged, garbled, missing). */
  | { kind: "bad_key" }
  | ({ kind: "invalid"; errors: FieldErrors } & Back)
  /** Wrapped, so that the caller awaits the commit itself; the values give the form back if it cannot be stored. */
  | ({ kind: "accepted"; stored: Promise<SubmittedReport> } & Back);

/**
 * Everything of POST /lapor before the wait for the commit. The caller awaits only `stored`, so that the checked form
 * is not kept in its scope while the batch holding the report is stored (an async function keeps what is in its scope
 * across an await, and about 50 requests wait at a time under load); it keeps the raw values, to give the reporter the
 * form back as it was sent when the report cannot be stored.
 */
export async function receiveReport(
  ctx: AppContext,
  request: FastifyRequest,
  evidence: { maxBytes: number; maxFiles: number },
): Promise<Received> {
  const { values, files, oversizedFile } = await readForm(request);
  const filesSent = files.length + (oversizedFile ? 1 : 0);
  const key = single(values, "idempotencyKey");
  const keep = () => (idempotencyKeyValid(ctx.cipher, key) ? key : newIdempotencyKey(ctx.cipher));
  /** Counts the hit: null under the limit, the seconds to wait over it, or "unavailable" when it could not be written. */
  const count = (name: string, max: number) =>
    limited(ctx, request, name, max, HOUR).catch((error: unknown) => {
      request.log.error({ err: error }, "public report limit not counted");
      return "unavailable" as const;
    });
  const refusal = (refused: number | "unavailable", idempotencyKey: string) =>
    refused === "unavailable"
      ? { kind: refused, values, idempotencyKey, filesSent }
      : { kind: "limited" as const, values, idempotencyKey, filesSent, retrySeconds: refused };
  if (single(values, "step") === "region") {
    const refused = await count("lapor-region-step", STEPS_PER_HOUR);
    return refused === null ? { kind: "region_step", values, idempotencyKey: keep(), filesSent } : refusal(refused, keep());
  }
  const prepared = prepareReport(ctx.cipher, values, files, evidence, oversizedFile);
  if (prepared.kind !== "ready") {
    // A form sent back to be corrected does not use up the reports an address may send; a flood of them has its own limit.
    const refused = await count("lapor-check", STEPS_PER_HOUR);
    if (typeof refused === "number") return refusal(refused, keep());
    if (prepared.kind === "bad_key") return prepared;
    return { kind: "invalid", values, errors: prepared.errors, idempotencyKey: key, filesSent };
  }
  const refused = await count("lapor-submit", ctx.config.reportSubmitsPerHour);
  if (refused !== null) return refusal(refused, key);
  return { kind: "accepted", stored: submitPublicReport(ctx, prepared.pending), values, idempotencyKey: key, filesSent };
}
