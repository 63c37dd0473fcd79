// What every public page's routes share: reading a posted form and the per-address rate limit.
import type { FastifyRequest } from "fastify";
import type { AppContext } from "../../platform/http/context.js";
import { countHit } from "../../platform/http/rate-limit.js";

/** Form fields from a urlencoded (or, leniently, JSON) body; anything else reads as empty. */
export function formOf(body: unknown): URLSearchParams {
  if (typeof body === "string") return new URLSearchParams(body);
  const form = new URLSearchParams();
  if (body && typeof body === "object" && !Array.isArray(body)) {
    for (const [k, v] of Object.entries(body)) if (typeof v === "string") form.set(k, v);
  }
  return form;
}

/**
 * Counts a request against the per-address limit `name` (at most `max` in `windowSeconds`): null within it, else the
 * seconds (at least 1) until its window ends, for the page to say how long to wait.
 */
export function limited(
  ctx: AppContext,
  request: FastifyRequest,
  name: string,
  max: number,
  windowSeconds: number,
): Promise<number | null> {
  return countHit(ctx.database, `${name}:${request.ip}`, max, windowSeconds);
}
