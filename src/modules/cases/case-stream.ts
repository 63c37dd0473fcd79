// GET /api/v1/cases/stream: Server-Sent Events of cases for each user: every case event of the units they oversee, the events
// of the cases they manage (an assignment reaches the new case manager at once) and those naming them as provider. Ids only.
import type { Actor } from "../../platform/access/actor.js";
import { scopeOf } from "../../platform/access/actor.js";
import { defineRoute } from "../../platform/http/route.js";
import type { RealtimeEvent } from "../../platform/realtime/publish.js";
import { streamEvents } from "../../platform/realtime/stream.js";

/**
 * Whether an event concerns this user: a case event of a unit they oversee, of a case they manage or just handed on, or
 * one naming them as the provider of an intervention (an intervention given to them), in a unit where they read cases.
 */
export function caseEventFor(actor: Actor): (event: RealtimeEvent) => boolean {
  const overseen = scopeOf(actor, "case.oversee");
  const readable = scopeOf(actor, "case.read");
  return (event) =>
    event.type.startsWith("case.") &&
    (overseen === "all" ||
      overseen.has(event.unitId) ||
      event.data?.caseManagerId === actor.userId ||
      event.data?.previousCaseManagerId === actor.userId ||
      (event.data?.providerId === actor.userId && (readable === "all" || readable.has(event.unitId))));
}

export const caseStreamRoute = defineRoute({
  method: "GET",
  path: "/cases/stream",
  tag: "cases",
  summary:
    "Server-Sent Events of the user's cases (approval queue, assignments, moves, interventions given; ids and statuses only)",
  access: { permission: "case.read" },
  handler: async ({ ctx, actor, request, reply }) => {
    await streamEvents(ctx, request, reply, caseEventFor(actor), "case.events_stream_only");
  },
});
