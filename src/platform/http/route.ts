// Declares an API route: its access rule is required by the type and checked again when Fastify registers it.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { Actor } from "../access/actor.js";
import type { Permission } from "../access/permissions.js";
import type { AppContext } from "./context.js";

/**
 * public: anyone. authenticated: any signed-in staff member. permission: signed in and holding it in
 * at least one unit (the operation then narrows to the record's unit). `partialSessions` lets a session
 * that is still finishing two-factor sign-in or enrolment through.
 */
export type Access =
  | { public: true }
  | { authenticated: true; partialSessions?: ("totp_pending" | "enrolment_only")[] }
  | { permission: Permission };

export interface RouteRateLimit {
  /** Name of the limit; the key is this name plus the caller's address. */
  name: string;
  max: number;
  windowSeconds: number;
}

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteDef<B extends Schema | undefined, Q extends Schema | undefined, P extends Schema | undefined> {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Path under /api/v1, e.g. "/users/:id". */
  path: string;
  access: Access;
  summary: string;
  tag: string;
  body?: B;
  query?: Q;
  params?: P;
  response?: Schema;
  /** Status on success (200 by default; 204 sends no body). */
  status?: number;
  rateLimit?: RouteRateLimit;
  /**
   * A larger JSON body than the server's 256 KiB for this route (an uploaded file), from the settings. Such a route
   * checks its caller before its body is read, so that nobody unentitled can make the server read that much.
   */
  bodyLimit?: (ctx: AppContext) => number;
  handler: (input: {
    body: Out<B>;
    query: Out<Q>;
    params: Out<P>;
    /** Null only on public routes. */
    actor: Actor;
    ctx: AppContext;
    request: FastifyRequest;
    reply: FastifyReply;
  }) => Promise<unknown>;
}

export type AnyRoute = RouteDef<any, any, any>;

export function defineRoute<
  B extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
>(def: RouteDef<B, Q, P>): AnyRoute {
  return def as AnyRoute;
}

/** Refuses to start a server with any route that did not declare its access rule. */
export function guardRouteRegistration(app: FastifyInstance): void {
  app.addHook("onRoute", (route) => {
    const access = (route.config as { access?: Access } | undefined)?.access;
    if (!access) {
      throw new Error(`Route ${route.method} ${route.url} declares no access rule; use defineRoute with "access".`);
    }
  });
}
