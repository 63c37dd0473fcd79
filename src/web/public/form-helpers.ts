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

/**
 * Counts a request against the per-address limit `name` (at most `max` in `windowSeconds`): null within it, else the
 * seconds (at least 1) until its window ends, for the page to say how long to wait.
 */
export async function limited(
  ctx: AppContext,
  request: FastifyRequest,
  name: string,
  max: number,
  windowSeconds: number,
): Promise<number | null> {
  try {
    await hitRateLimit(ctx.database, `${name}:${request.ip}`, max, windowSeconds);
    return null;
  } catch (error) {
    const wait = retrySeconds(error);
    if (wait !== null) return wait;
    throw error;
  }
}

/** The seconds to wait that a rate limit's 429 carries; null for any other error. */
export function retrySeconds(error: unknown): number | null {
  if (!(error instanceof AppError) || error.status !== 429) return null;
  const seconds = Number(error.params.seconds);
  return Number.isFinite(seconds) && seconds >= 1 ? Math.ceil(seconds) : 1;
}
