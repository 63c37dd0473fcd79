// Fields Teduh adds to Fastify's request.
import "fastify";
import type { Lang } from "../platform/i18n/translate.js";

declare module "fastify" {
  interface FastifyRequest {
    lang: Lang;
    /** The signed-in user's id once access is checked (for logs: an id, never a name). */
    actorId?: string;
    csrfToken?: string;
  }
}
