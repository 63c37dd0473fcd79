// Registers the public verification-link pages (the victim confirms or corrects their data after a code).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { checkVerificationCode } from "../../../modules/reports/verification/check-verification-code.js";
import { confirmVerification } from "../../../modules/reports/verification/confirm-verification.js";
import { findLinkByToken } from "../../../modules/reports/verification/find-link-by-token.js";
import { isLive } from "../../../modules/reports/verification/link-views.js";
import { readCorrection } from "../../../modules/reports/verification/victim-details.js";
import type { AppContext } from "../../../platform/http/context.js";
import { formOf, limited } from "../form-helpers.js";
import { type PageLang, pageLang } from "./i18n.js";
import { sendLinkPage } from "./page-layout.js";
import { codePage, detailsPage, limitedPage, messagePage } from "./pages.js";

const config = { access: { public: true }, publicForm: true } as const;
/** Form posts are small: a code, or four short fields. */
const BODY_LIMIT = 16 * 1024;

type Params = { token: string };

const send = (request: FastifyRequest, reply: FastifyReply, lang: PageLang, status: number, body: string, token?: string) =>
  sendLinkPage(request, reply, { lang, status, body, base: "/v", token });

export async function registerVerificationPages(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(async (scope) => {
    if (scope.hasContentTypeParser("application/x-www-form-urlencoded")) {
      scope.removeContentTypeParser("application/x-www-form-urlencoded");
    }
    scope.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string", bodyLimit: BODY_LIMIT },
      (_r, body, done) => done(null, body),
    );
    // Errors on these pages (oversized or unreadable bodies, a database hiccup) are pages too, never JSON or a stack.
    scope.setErrorHandler((error, request, reply) => {
      const status = (error as { statusCode?: number }).statusCode;
      const code = status && status >= 400 && status < 500 ? status : 500;
      if (code === 500) request.log.error({ err: error }, "verification page error");
      return send(
        request,
        reply,
        pageLang(request.query),
        code === 500 ? 503 : code,
        messagePage(pageLang(request.query), "errorHeading", "errorText"),
      );
    });

    scope.get<{ Params: Params }>("/v/:token", { config, bodyLimit: BODY_LIMIT }, async (request, reply) => {
      const lang = pageLang(request.query);
      const { token } = request.params;
      const wait = await limited(ctx, request, "verify-open", 120, 900);
      if (wait !== null) return send(request, reply.header("retry-after", String(wait)), lang, 429, limitedPage(lang, wait));
      const found = await findLinkByToken(ctx.database.db, token);
      if (!found || !isLive(found.link))
        return send(request, reply, lang, 404, messagePage(lang, "invalidHeading", "invalidText"));
      return send(request, reply, lang, 200, codePage(lang, token, null), token);
    });

    scope.post<{ Params: Params }>("/v/:token", { config, bodyLimit: BODY_LIMIT }, async (request, reply) => {
      const lang = pageLang(request.query);
      const { token } = request.params;
      const wait = await limited(ctx, request, "verify-code", 20, 900);
      if (wait !== null) return send(request, reply.header("retry-after", String(wait)), lang, 429, limitedPage(lang, wait));
      const result = await checkVerificationCode(ctx, token, (formOf(request.body).get("code") ?? "").slice(0, 50));
      if (result.kind === "invalid") return send(request, reply, lang, 404, messagePage(lang, "invalidHeading", "invalidText"));
      if (result.kind === "malformed") return send(request, reply, lang, 400, codePage(lang, token, "codeMalformed"));
      if (result.kind === "wrong")
        return send(request, reply, lang, 400, codePage(lang, token, "codeWrong", { remaining: result.remaining }));
      return send(request, reply, lang, 200, detailsPage(lang, token, result.details, result.proof));
    });

    scope.post<{ Params: Params }>("/v/:token/confirm", { config, bodyLimit: BODY_LIMIT }, async (request, reply) => {
      const lang = pageLang(request.query);
      const { token } = request.params;
      const wait = await limited(ctx, request, "verify-confirm", 30, 900);
      if (wait !== null) return send(request, reply.header("retry-after", String(wait)), lang, 429, limitedPage(lang, wait));
      const form = formOf(request.body);
      const result = await confirmVerification(ctx, token, form).catch((error: unknown) => {
        request.log.error({ err: error }, "verification not stored");
        return null;
      });
      if (!result) {
        // Not stored (the database unreachable): the details back as sent, with the same proof, to send again.
        const { details } = readCorrection(form, form.has("nik"));
        const page = detailsPage(lang, token, details, form.get("proof") ?? "", {}, form.has("nik"), true);
        return send(request, reply, lang, 503, page);
      }
      if (result.kind === "invalid") return send(request, reply, lang, 404, messagePage(lang, "invalidHeading", "invalidText"));
      if (result.kind === "proof_expired") return send(request, reply, lang, 400, codePage(lang, token, "proofExpired"));
      if (result.kind === "errors") {
        return send(
          request,
          reply,
          lang,
          400,
          detailsPage(
            lang,
            token,
            result.details,
            result.proof,
            result.errors,
            result.details.nik !== null || "nik" in result.errors,
          ),
        );
      }
      return send(request, reply, lang, 200, messagePage(lang, "thanksHeading", "thanksText"));
    });
  });
}
