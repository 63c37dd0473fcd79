// GET /api/v1/events: Server-Sent Events of the user's units (new, changed and decided complaints; ids and types only).
import { scopeOf } from "../access/actor.js";
import { defineRoute } from "../http/route.js";
import { streamEvents } from "./stream.js";

export const eventsRoute = defineRoute({
  method: "GET",
  path: "/events",
  tag: "realtime",
  summary: "Server-Sent Events of the user's units (new, changed and decided complaints; ids only)",
  access: { permission: "report.read" },
  handler: async ({ ctx, actor, request, reply }) => {
    const scope = scopeOf(actor, "report.read");
    // Case events travel on the cases stream, filtered by the case rules.
    const concerns = (event: { type: string; unitId: string }) =>
      !event.type.startsWith("case.") && (scope === "all" || scope.has(event.unitId));
    await streamEvents(ctx, request, reply, concerns, "intake.events_stream_only");
  },
});
