// Every module's API routes, in one list: the server registers these and the OpenAPI document describes them.
import { auditRoutes } from "../modules/audit-log/routes.js";
import { caseFileRoutes } from "../modules/cases/case-file/routes.js";
import { consentRoutes } from "../modules/cases/consent/routes.js";
import { caseRoutes } from "../modules/cases/routes.js";
import { caseServicesRoutes } from "../modules/cases/services/routes.js";
import { authRoutes } from "../modules/people/auth-routes.js";
import { settingsRoutes } from "../modules/people/settings-routes.js";
import { unitRoutes } from "../modules/people/units/routes.js";
import { userRoutes } from "../modules/people/users/routes.js";
import { intakeRoutes } from "../modules/reports/intake/routes.js";
import { publicReportRoutes } from "../modules/reports/public/routes.js";
import { regionRoutes } from "../modules/reports/regions/routes.js";
import { verificationRoutes } from "../modules/reports/verification/routes.js";
import type { AnyRoute } from "../platform/http/route.js";

export const apiRoutes: AnyRoute[] = [
  ...authRoutes,
  ...unitRoutes,
  ...userRoutes,
  ...settingsRoutes,
  ...auditRoutes,
  ...publicReportRoutes,
  ...intakeRoutes,
  ...regionRoutes,
  ...verificationRoutes,
  ...caseRoutes,
  ...caseFileRoutes,
  ...consentRoutes,
  ...caseServicesRoutes,
];
