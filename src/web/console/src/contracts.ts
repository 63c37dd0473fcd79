// The console's single door to the shared zod contracts and role constants of the server.
export * from "../../../modules/people/contracts";
export * from "../../../modules/reports/intake/contracts";
export * from "../../../modules/reports/regions/contracts";
export type { Permission } from "../../../platform/access/permissions";
export { roleGrants } from "../../../platform/access/policy";
export * from "../../../platform/access/roles";
