// Registers the public report pages: /lapor (form, no-JS region step, sending), /lapor/status (code+PIN, thread, reply), region lists.
import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ReplyForm } from "../../../modules/reports/public/contracts.js";
import { evidenceProblem } from "../../../modules/reports/public/evidence-file.js";
import { openReportStatus, statusView } from "../../../modules/reports/public/open-report-status.js";
import { postReporterReply } from "../../../modules/reports/public/post-reporter-reply.js";
import { newIdempotencyKey } from "../../../modules/reports/public/report-secrets.js";
import { forgetTakesReports, takesReports } from "../../../modules/reports/public/takes-reports.js";
import { listDistricts, listRegencies } from "../../../modules/reports/regions/regions.js";
import type { AppContext } from "../../../platform/http/context.js";
import type { Lang } from "../../../platform/i18n/translate.js";
import { limited } from "../form-helpers.js";
import { formPage } from "./form-page.js";
import { readForm, single } from "./read-form.js";
import { receiveReport } from "./receive-report.js";
import { donePage, messagePage, replyNotSentPage, statusFormPage, statusPage } from "./result-pages.js";
import { sendPage } from "./send-page.js";
import { hrefFor, laporLang, rawTextFor, textFor } from "./text.js";

declare module "fastify" {
  // @fastify/multipart (registered here) adds its own route config; these are the platform's keys (route guard, CSRF).
  interface FastifyContextConfig {
    access?: unknown;
    publicForm?: boolean;
  }
}

const config = { access: { public: true }, publicForm: true } as const;
/** Text fields of the form: the chronology (8,000 characters) and the rest fit well within this, even percent-encoded. */
const TEXT_BODY_LIMIT = 128 * 1024;
const HOUR = 3600;

export async function registerReportPages(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(async (scope) => {
    if (scope.hasContentTypeParser("application/x-www-form-urlencoded"))
      scope.removeContentTypeParser("application/x-www-form-urlencoded");
    scope.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string", bodyLimit: TEXT_BODY_LIMIT },
      (_r, body, done) => done(null, body),
    );
    await scope.register(multipart, {
      throwFileSizeLimit: false,
      limits: {
        fileSize: ctx.config.evidenceMaxBytes,
        files: ctx.config.evidenceMaxFiles + 1,
        fields: 60,
        fieldSize: 64 * 1024,
        parts: 80,
        headerPairs: 50,
      },
    });
    scope.setErrorHandler((error, request, reply) => {
      const status = (error as { statusCode?: number }).statusCode;
      const code = status && status >= 400 && status < 500 ? status : 500;
      if (code === 500) request.log.error({ err: error }, "public report page error");
      const lang = laporLang(request.query);
      const tooLarge = code === 413 || (error as { code?: string }).code?.startsWith("FST_PARTS_LIMIT") === true;
      if (tooLarge)
        return sendPage(request, reply, lang, 413, messagePage(lang, "too_large_heading", "too_large_text", true), null);
      return sendPage(
        request,
        reply,
        lang,
        code === 500 ? 503 : code,
        messagePage(lang, "error_heading", "error_text", true),
        null,
      );
    });

    const formPath = "/lapor";
    const evidence = { maxBytes: ctx.config.evidenceMaxBytes, maxFiles: ctx.config.evidenceMaxFiles };
    const limitedPage = (request: FastifyRequest, reply: FastifyReply, lang: Lang, retrySeconds: number) =>
      sendPage(
        request,
        reply.header("retry-after", String(retrySeconds)),
        lang,
        429,
        messagePage(lang, "limited_heading", "limited_text", false, retrySeconds),
        null,
      );

    scope.get(formPath, { config }, async (request, reply) => {
      const lang = laporLang(request.query);
      // No active unit yet (a new installation): say so before anyone writes a report that nobody could receive.
      if (!(await takesReports(ctx.database)))
        return sendPage(request, reply, lang, 503, messagePage(lang, "closed_heading", "closed_text"), formPath);
      const page = formPage({ lang, values: {}, errors: {}, idempotencyKey: newIdempotencyKey(ctx.cipher), evidence });
      return sendPage(request, reply, lang, 200, page, formPath);
    });

    scope.post(formPath, { config, bodyLimit: TEXT_BODY_LIMIT }, async (request, reply) => {
      const lang = laporLang(request.query);
      const received = await receiveReport(ctx, request, evidence);
      switch (received.kind) {
        case "limited":
        case "unavailable": {
          // Nothing stored: the form back as sent, to send later (or to call 112/129 now, which the page shows first).
          const { values, idempotencyKey, filesSent } = received;
          const limitedNow = received.kind === "limited";
          const notice = limitedNow ? "limited_form" : "not_sent";
          const retrySeconds = limitedNow ? received.retrySeconds : undefined;
          if (retrySeconds !== undefined) reply.header("retry-after", String(retrySeconds));
          const page = formPage({ lang, values, errors: {}, idempotencyKey, evidence, notice, retrySeconds, filesSent });
          return sendPage(request, reply, lang, limitedNow ? 429 : 503, page, null, single(values, "inDanger") === "yes");
        }
        case "bad_key":
          return sendPage(request, reply, lang, 400, messagePage(lang, "bad_form_heading", "bad_form_text", true), null);
        case "region_step":
        case "invalid": {
          const { values, idempotencyKey, filesSent } = received;
          const errors = received.kind === "invalid" ? received.errors : {};
          const status = received.kind === "invalid" ? 400 : 200;
          const page = formPage({ lang, values, errors, idempotencyKey, evidence, filesSent });
          return sendPage(request, reply, lang, status, page, null, single(values, "inDanger") === "yes");
        }
        case "accepted": {
          let failure: unknown = null;
          const done = await received.stored.catch((error: unknown) => {
            failure = error;
            return null;
          });
          if (!done) {
            // Not stored, or not known to be (the database unreachable, a failed batch): the form back as sent, with
            // the same form key, so that sending it again stores it once; 112 and 129 stand out if someone is in danger.
            // With no active unit left to route it to, the form says that instead of "try again in a moment".
            forgetTakesReports(ctx.database);
            const closed = !(await takesReports(ctx.database));
            if (closed) request.log.warn("public report refused: no active unit");
            else request.log.error({ err: failure }, "public report not stored");
            const { values, idempotencyKey, filesSent } = received;
            const notice = closed ? "closed_form" : "not_sent";
            const page = formPage({ lang, values, errors: {}, idempotencyKey, evidence, notice, filesSent });
            return sendPage(request, reply, lang, 503, page, null, single(values, "inDanger") === "yes");
          }
          const body = donePage(lang, done.trackingCode, done.pin, done.inDanger);
          return sendPage(request, reply, lang, 200, body, null, done.inDanger);
        }
      }
    });

    scope.get<{ Params: { code: string } }>("/lapor/regions/:code", { config }, async (request, reply) => {
      const { code } = request.params;
      const regions = code.length === 2 ? listRegencies(code) : listDistricts(code);
      return reply
        .header("cache-control", "no-store")
        .header("referrer-policy", "no-referrer")
        .send({ regions: regions.map((r) => ({ code: r.code, name: r.name })) });
    });

    scope.get("/lapor/status", { config }, async (request, reply) => {
      const lang = laporLang(request.query);
      return sendPage(request, reply, lang, 200, statusFormPage(lang, null), "/lapor/status");
    });

    // The reply's address opened by itself (from the history, a reload without JavaScript): to the status form.
    scope.get("/lapor/status/reply", { config }, async (request, reply) =>
      reply.header("cache-control", "no-store").redirect(hrefFor("/lapor/status", laporLang(request.query)), 302),
    );

    scope.post("/lapor/status", { config, bodyLimit: TEXT_BODY_LIMIT }, async (request, reply) => {
      const lang = laporLang(request.query);
      const wait = await limited(ctx, request, "lapor-status", 60, HOUR);
      if (wait !== null) return limitedPage(request, reply, lang, wait);
      const { values } = await readForm(request);
      const result = await openReportStatus(ctx, single(values, "trackingCode"), single(values, "pin"));
      // The code as typed comes back (escaped, at most the field's 20 characters) so that only the PIN is typed again.
      const typed = single(values, "trackingCode").slice(0, 20);
      if (result.kind === "locked") {
        const page = statusFormPage(lang, "status_locked", typed, result.retrySeconds);
        return sendPage(request, reply.header("retry-after", String(result.retrySeconds)), lang, 429, page, null);
      }
      if (result.kind === "wrong") return sendPage(request, reply, lang, 400, statusFormPage(lang, "status_wrong", typed), null);
      return sendPage(request, reply, lang, 200, statusPage(lang, result.view, evidence), null);
    });

    scope.post("/lapor/status/reply", { config, bodyLimit: TEXT_BODY_LIMIT }, async (request, reply) => {
      const lang = laporLang(request.query);
      // "unavailable": the counter could not be written (the database unreachable); the reply then cannot be stored either.
      const over = await limited(ctx, request, "lapor-reply", 60, HOUR).catch((error: unknown) => {
        request.log.error({ err: error }, "reporter reply limit not counted");
        return "unavailable" as const;
      });
      if (typeof over === "number") return limitedPage(request, reply, lang, over);
      const { values, files, oversizedFile } = await readForm(request);
      const filesSent = files.length + (oversizedFile ? 1 : 0);
      const parsed = ReplyForm.safeParse({
        trackingCode: single(values, "trackingCode"),
        proof: single(values, "proof"),
        body: single(values, "body"),
      });
      if (!parsed.success) {
        const proofOnly = ReplyForm.pick({ trackingCode: true, proof: true }).safeParse(values);
        if (!proofOnly.success) return sendPage(request, reply, lang, 400, statusFormPage(lang, "proof_expired"), null);
        // Empty or too long: the reply form again with what was written and why, still signed in with the PIN.
        const written = single(values, "body");
        const bodyError = written.trim()
          ? textFor(lang)("reply_too_long", { count: written.length.toLocaleString(lang === "en" ? "en-GB" : "id-ID") })
          : textFor(lang)("err.required", { field: rawTextFor(lang)("reply") });
        const { trackingCode, proof } = proofOnly.data;
        const page = replyNotSentPage(lang, trackingCode, proof, written, evidence, { body: bodyError }, filesSent);
        return sendPage(request, reply, lang, 400, page, null);
      }
      const { trackingCode, proof, body } = parsed.data;
      const refuseFiles = (problem: "evidence_count" | "evidence_size" | "evidence_type") => {
        const fileError = textFor(lang)(`err.${problem}`, { field: rawTextFor(lang)("section_evidence") });
        const page = replyNotSentPage(lang, trackingCode, proof, body, evidence, { file: fileError });
        return sendPage(request, reply, lang, 400, page, null);
      };
      const problem = evidenceProblem(files, evidence, oversizedFile);
      if (problem) return refuseFiles(problem);
      const result =
        over === "unavailable"
          ? null
          : await postReporterReply(ctx, trackingCode, proof, body, files).catch((error: unknown) => {
              request.log.error({ err: error }, "reporter reply not stored");
              return null;
            });
      // Not stored (the database unreachable): what they wrote comes back, to send again.
      if (!result)
        return sendPage(
          request,
          reply,
          lang,
          503,
          replyNotSentPage(lang, trackingCode, proof, body, evidence, {}, filesSent),
          null,
        );
      if (result.kind === "proof_expired")
        return sendPage(request, reply, lang, 400, statusFormPage(lang, "proof_expired"), null);
      if (result.kind === "too_many_files") return refuseFiles("evidence_count");
      return sendPage(
        request,
        reply,
        lang,
        200,
        statusPage(lang, await statusView(ctx, result.reportId), evidence, files.length ? "reply_files_sent" : "reply_sent"),
        null,
      );
    });
  });
}
