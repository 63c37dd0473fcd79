// Turns every error into a translated JSON answer; only unexpected ones are 5xx, and they say nothing inside.
import type { FastifyError, FastifyInstance } from "fastify";
import { AppError } from "../platform/http/errors.js";
import { translate } from "../platform/i18n/translate.js";
import { publicNotFound } from "../web/public/not-found.js";

/** PostgreSQL constraint errors that a race between two requests can cause: answered as conflicts, not 500s. */
function fromDatabase(error: unknown): AppError | null {
  const code = (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
  if (code === "23505" || code === "40001" || code === "40P01") return new AppError(409, "error.conflict");
  if (code === "23503") return new AppError(409, "error.conflict");
  if (code === "22P02" || code === "22001" || code === "22003" || code === "22021") return new AppError(400, "error.bad_request");
  return null;
}

function fromFastify(error: FastifyError): AppError | null {
  const database = fromDatabase(error);
  if (database) return database;
  const status = error.statusCode ?? 500;
  if (status >= 500) return null;
  if (status === 413) return new AppError(413, "error.body_too_large");
  if (status === 415) return new AppError(415, "error.unsupported_media_type");
  if (status === 429) return new AppError(429, "error.rate_limited", { seconds: 60 });
  if (status === 404) return new AppError(404, "error.not_found");
  return new AppError(status, "error.bad_request");
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = error instanceof AppError ? error : fromFastify(error);
    const lang = request.lang ?? "id";
    if (!known) {
      request.log.error({ err: error }, "unexpected error");
      return reply.code(500).send({ error: { code: "internal", message: translate(lang, "error.internal") } });
    }
    if (known.status === 429) reply.header("retry-after", String(known.params.seconds ?? 60));
    const code = known.key.replace(/^error\./, "");
    const message = translate(lang, known.key, known.params);
    // A field error raised by an operation carries no text of its own: it repeats the main message.
    const fields = known.fields.length
      ? { fields: known.fields.map((f) => ({ path: f.path, message: f.message || message })) }
      : {};
    return reply.code(known.status).send({ error: { code, message, ...fields } });
  });
  app.setNotFoundHandler((request, reply) => {
    // A person at a wrong address gets a page; a program calling a wrong API address gets JSON.
    if (!request.url.startsWith("/api/")) return publicNotFound(request, reply);
    return reply.code(404).send({ error: { code: "not_found", message: translate(request.lang ?? "id", "error.not_found") } });
  });
}
