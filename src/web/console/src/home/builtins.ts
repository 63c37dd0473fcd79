// The home widgets of the built-in modules (people, intake); each registers "what waits for you" for its roles.
import { CaseOverview } from "../cases/CaseOverview";
import { IntakeOverview } from "../intake/IntakeOverview";
import { ProviderOverview } from "../interventions/ProviderOverview";
import { AdminOverview } from "./AdminOverview";
import { registerRoleWidget } from "./registry";

registerRoleWidget({ id: "people.admin-overview", roles: ["admin"], order: 10, Component: AdminOverview });
registerRoleWidget({
  id: "reports.intake-overview",
  roles: ["intake_officer", "supervisor", "head"],
  order: 20,
  Component: IntakeOverview,
});
registerRoleWidget({
  id: "cases.overview",
  roles: ["supervisor", "head", "case_manager"],
  order: 15,
  Component: CaseOverview,
});
registerRoleWidget({ id: "cases.provider-work", roles: ["service_provider"], order: 15, Component: ProviderOverview });
