// The home widgets the people module provides itself; other modules register theirs the same way.
import { AdminOverview } from "./AdminOverview";
import { registerRoleWidget } from "./registry";

registerRoleWidget({ id: "people.admin-overview", roles: ["admin"], order: 10, Component: AdminOverview });
