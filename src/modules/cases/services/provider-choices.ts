// Service providers who may be made responsible in a case's unit: active, granted service_provider there, with a profession.
import { and, eq, isNotNull } from "drizzle-orm";
import type { Profession } from "../../../platform/access/roles.js";
import type { Tx } from "../../../platform/db/connection.js";
import { roleGrants, users } from "../../people/schema.js";
import { FITTING_PROFESSIONS, SERVICE_TYPES, type ServiceType } from "./service-types.js";

export interface ProviderChoiceRow {
  id: string;
  displayName: string;
  profession: Profession;
  partnerId: string | null;
}

export async function providersOfUnit(tx: Tx, unitId: string): Promise<ProviderChoiceRow[]> {
  const rows = await tx
    .selectDistinct({ id: users.id, displayName: users.displayName, profession: users.profession, partnerId: users.partnerId })
    .from(users)
    .innerJoin(roleGrants, eq(roleGrants.userId, users.id))
    .where(
      and(
        eq(roleGrants.unitId, unitId),
        eq(roleGrants.role, "service_provider"),
        eq(users.disabled, false),
        isNotNull(users.profession),
      ),
    )
    .orderBy(users.displayName, users.id);
  return rows as ProviderChoiceRow[];
}

export function servicesFor(profession: Profession): ServiceType[] {
  return SERVICE_TYPES.filter((t) => FITTING_PROFESSIONS[t].includes(profession));
}

export function fits(provider: ProviderChoiceRow | undefined, serviceType: ServiceType): boolean {
  return Boolean(provider && FITTING_PROFESSIONS[serviceType].includes(provider.profession));
}
