// Registers the public client-link pages under the neutral path /s/<token>: code, then the consent or termination form, then thanks.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { checkClientLinkCode } from "../../../modules/cases/consent/check-client-link-code.js";
import { isClientLinkLive } from "../../../modules/cases/consent/client-link-views.js";
import { findClientLink } from "../../../modules/cases/consent/find-client-link.js";
import { submitClientLink } from "../../../modules/cases/consent/submit-client-link.js";
import type { AppContext } from "../../../platform/http/context.js";
import { formOf, limited } from "../form-helpers.js";
import { type PageLang, pageLang } from "../verify/i18n.js";
import { sendLinkPage } from "../verify/page-layout.js";
import { limitedPage, messagePage } from "../verify/pages.js";
import { clientCodePage, clientFormPage } from "./pages.js";

const config = { access: { public: true }, publicForm: true } as const;
/** A form post carries at most a drawn signature (about 120 KB as a data URL) and a few short fields. */
const BODY_LIMIT = 256 * 1024;

type Params = { token: string };
const send = (request: FastifyRequest, reply: FastifyReply, lang: PageLang, status: number, body: string, token?: string) =>
  sendLinkPage(request, reply, { lang, status, body, base: "/s", token });

const invalid = (lang: PageLang) => messagePage(lang, "invalidHeading", "invalidText");

export async function registerClientLinkPages(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(async (scope) => {
    if (scope.hasContentTypeParser("application/x-www-form-urlencoded")) {
      scope.removeContentTypeParser("application/x-www-form-urlencoded");
    }
    scope.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string", bodyLimit: BODY_LIMIT },
      (_r, body, done) => done(null, body),
    );
    // Errors here (oversized or unreadable bodies, a database hiccup) are pages too, never JSON or a stack.
    scope.setErrorHandler((error, request, reply) => {
      const status = (error as { statusCode?: number }).statusCode;
      const code = status && status >= 400 && status < 500 ? status : 500;
      if (code === 500) request.log.error({ err: error }, "client link page error");
      const lang = pageLang(request.query);
      return send(request, reply, lang, code === 500 ? 503 : code, messagePage(lang, "errorHeading", "errorText"));
    });

    scope.get<{ Params: Params }>("/s/:token", { config, bodyLimit: BODY_LIMIT }, async (request, reply) => {
      const lang = pageLang(request.query);
      const { token } = request.params;
      const wait = await limited(ctx, request, "client-link-open", 120, 900);
      if (wait !== null) return send(request, reply.header("retry-after", String(wait)), lang, 429, limitedPage(lang, wait));
      const found = await findClientLink(ctx.database.db, token);
      if (!found || !isClientLinkLive(found.link)) return send(request, reply, lang, 404, invalid(lang));
      return send(request, reply, lang, 200, clientCodePage(lang, token, null), token);
    });

    scope.post<{ Params: Params }>("/s/:token", { config, bodyLimit: BODY_LIMIT }, async (request, reply) => {
      const lang = pageLang(request.query);
      const { token } = request.params;
      const wait = await limited(ctx, request, "client-link-code", 20, 900);
      if (wait !== null) return send(request, reply.header("retry-after", String(wait)), lang, 429, limitedPage(lang, wait));
      const code = (formOf(request.body).get("code") ?? "").slice(0, 50);
      const result = await checkClientLinkCode(ctx, token, code, lang);
      if (result.kind === "invalid") return send(request, reply, lang, 404, invalid(lang));
      if (result.kind === "malformed") return send(request, reply, lang, 400, clientCodePage(lang, token, "codeMalformed"));
      if (result.kind === "wrong") {
        return send(request, reply, lang, 400, clientCodePage(lang, token, "codeWrong", { remaining: result.remaining }));
      }
      return send(request, reply, lang, 200, clientFormPage(lang, token, result.content, result.proof));
    });

    scope.post<{ Params: Params }>("/s/:token/submit", { config, bodyLimit: BODY_LIMIT }, async (request, reply) => {
      const lang = pageLang(request.query);
      const { token } = request.params;
      const wait = await limited(ctx, request, "client-link-submit", 30, 900);
      if (wait !== null) return send(request, reply.header("retry-after", String(wait)), lang, 429, limitedPage(lang, wait));
      const form = formOf(request.body);
      const result = await submitClientLink(ctx, token, form, lang);
      if (result.kind === "invalid") return send(request, reply, lang, 404, invalid(lang));
      if (result.kind === "proof_expired") return send(request, reply, lang, 400, clientCodePage(lang, token, "proofExpired"));
      if (result.kind === "errors") {
        form.delete("signatureDrawn");
        const page = clientFormPage(lang, token, result.content, result.proof, form, result.errors);
        return send(request, reply, lang, 400, page);
      }
      return send(request, reply, lang, 200, messagePage(lang, "thanksHeading", "thanksText"));
    });
  });
}
