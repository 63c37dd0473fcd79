// What every public page's routes share: reading a posted form and the per-address rate limit.
import type { FastifyRequest } from "fastify";
import type { AppContext } from "../../platform/http/context.js";
import { AppError } from "../../platform/http/errors.js";
import { hitRateLimit } from "../../platform/http/rate-limit.js";

/** Form fields from a urlencoded (or, leniently, JSON) body; anything else reads as empty. */
export function formOf(body: unknown): URLSearchParams {
  if (typeof body === "string") return new URLSearchParams(body);
  const form = new URLSearchParams();
  if (body && typeof body === "object" && !Array.isArray(body)) {
    for (const [k, v] of Object.entries(body)) if (typeof v === "string") form.set(k, v);
  }
  return form;
}

/** Counts a request against the per-address limit `name` (at most `max` in `windowSeconds`); true when over it. */
export async function limited(
  ctx: AppContext,
  request: FastifyRequest,
  name: string,
  max: number,
  windowSeconds: number,
): Promise<boolean> {
  try {
    await hitRateLimit(ctx.database, `${name}:${request.ip}`, max, windowSeconds);
    return false;
  } catch (error) {
    if (error instanceof AppError && error.status === 429) return true;
    throw error;
  }
}
