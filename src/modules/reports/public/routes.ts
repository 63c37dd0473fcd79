// Public JSON API of the reporting side under /api/v1: none. The progressive script's region lists are served at
// /lapor/regions/:code by src/web/public/lapor/register.ts instead, because /api paths receive the console's CSRF cookie
// and a reporter's phone must get no cookie at all.
import type { AnyRoute } from "../../../platform/http/route.js";

export const publicReportRoutes: AnyRoute[] = [];
