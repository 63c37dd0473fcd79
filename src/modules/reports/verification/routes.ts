// HTTP adapter for staff: the intake form for other channels, verification links, the outbox and outreach visits.
import type { AnyRoute } from "../../../platform/http/route.js";

export const verificationRoutes: AnyRoute[] = [];
