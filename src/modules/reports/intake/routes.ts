// HTTP adapter of the intake console: the queue, a report's details, contact, messages and decisions.
import type { AnyRoute } from "../../../platform/http/route.js";

export const intakeRoutes: AnyRoute[] = [];
