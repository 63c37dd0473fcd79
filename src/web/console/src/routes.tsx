// The console's routes (under the /console basename), each page guarded by the permission it needs.
import type { RouteObject } from "react-router";
import { ApprovalQueuePage } from "./cases/ApprovalQueuePage";
import { CasePage } from "./cases/CasePage";
import { CasesPage } from "./cases/CasesPage";
import { AppLayout } from "./components/AppLayout";
import { RequirePermission } from "./components/RequirePermission";
import { RouteError } from "./components/RouteError";
import { IntakeEditPage, IntakeNewPage } from "./intake/IntakeFormPage";
import { IntakeQueuePage } from "./intake/IntakeQueuePage";
import { ReportPage } from "./intake/ReportPage";
import { InterventionPage } from "./interventions/InterventionPage";
import { MyWorkPage } from "./interventions/MyWorkPage";
import { PERMISSIONS } from "./lib/access";
import { AuditLogPage } from "./pages/AuditLogPage";
import { HomePage } from "./pages/HomePage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { ProfilePage } from "./pages/ProfilePage";
import { ResetPasswordPage } from "./pages/ResetPasswordPage";
import { SecuritySettingsPage } from "./pages/SecuritySettingsPage";
import { SetupPage } from "./pages/SetupPage";
import { SignInPage } from "./pages/SignInPage";
import { TwoFactorPage } from "./pages/TwoFactorPage";
import { UnitDetailPage } from "./pages/UnitDetailPage";
import { UnitsPage } from "./pages/UnitsPage";
import { UserCreatePage } from "./pages/UserCreatePage";
import { UserDetailPage } from "./pages/UserDetailPage";
import { UsersPage } from "./pages/UsersPage";

function guarded(permission: string, element: React.ReactNode) {
  return <RequirePermission permission={permission}>{element}</RequirePermission>;
}

export const routes: RouteObject[] = [
  { path: "/sign-in", element: <SignInPage />, errorElement: <RouteError /> },
  { path: "/setup", element: <SetupPage />, errorElement: <RouteError /> },
  { path: "/reset-password", element: <ResetPasswordPage />, errorElement: <RouteError /> },
  {
    path: "/",
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: "two-factor", element: <TwoFactorPage /> },
      { path: "profile", element: <ProfilePage /> },
      { path: "units", element: guarded(PERMISSIONS.unitRead, <UnitsPage />) },
      { path: "units/:id", element: guarded(PERMISSIONS.unitRead, <UnitDetailPage />) },
      { path: "users", element: guarded(PERMISSIONS.userRead, <UsersPage />) },
      { path: "users/new", element: guarded(PERMISSIONS.userManage, <UserCreatePage />) },
      { path: "users/:id", element: guarded(PERMISSIONS.userRead, <UserDetailPage />) },
      { path: "settings/security", element: guarded(PERMISSIONS.settingsManage, <SecuritySettingsPage />) },
      { path: "intake", element: guarded(PERMISSIONS.reportRead, <IntakeQueuePage />) },
      { path: "intake/new", element: guarded(PERMISSIONS.intakeCreate, <IntakeNewPage />) },
      { path: "intake/reports/:id", element: guarded(PERMISSIONS.reportRead, <ReportPage />) },
      { path: "intake/reports/:id/edit", element: guarded(PERMISSIONS.reportHandle, <IntakeEditPage />) },
      { path: "cases", element: guarded(PERMISSIONS.caseRead, <CasesPage />) },
      { path: "cases/approvals", element: guarded(PERMISSIONS.caseOversee, <ApprovalQueuePage />) },
      { path: "cases/:id", element: guarded(PERMISSIONS.caseRead, <CasePage />) },
      { path: "interventions", element: guarded(PERMISSIONS.interventionRecord, <MyWorkPage />) },
      { path: "interventions/:id", element: guarded(PERMISSIONS.caseRead, <InterventionPage />) },
      { path: "audit", element: guarded(PERMISSIONS.auditRead, <AuditLogPage />) },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];
