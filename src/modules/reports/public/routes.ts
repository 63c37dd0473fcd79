// Public JSON API of the reporting side (for the progressive script of /lapor), if any.
import type { AnyRoute } from "../../../platform/http/route.js";

export const publicReportRoutes: AnyRoute[] = [];
