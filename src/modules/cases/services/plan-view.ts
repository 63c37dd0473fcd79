// Shapes a case's service plan for the API: the agreement and every intervention of the case.
import { eq } from "drizzle-orm";
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";
import type { Tx } from "../../../platform/db/connection.js";
import type { CaseRow } from "../case-access.js";
import type { ServicePlanT } from "./contracts.js";
import { caseInterventions, interventionViews } from "./intervention-view.js";
import { namesOf } from "./people-names.js";
import { servicePlans } from "./schema.js";
import { todayInUnit } from "./today.js";

export async function planView(tx: Tx, cipher: FieldCipher, row: CaseRow): Promise<ServicePlanT> {
  const [plan] = await tx.select().from(servicePlans).where(eq(servicePlans.caseId, row.id));
  const items = await interventionViews(tx, cipher, await caseInterventions(tx, row.id), await todayInUnit(tx, row.unitId));
  const names = await namesOf(tx, [plan?.agreedRecordedBy]);
  return {
    id: plan?.id ?? null,
    caseId: row.id,
    version: plan?.version ?? 0,
    updatedAt: plan?.updatedAt.toISOString() ?? null,
    agreedAt: plan?.agreedAt?.toISOString() ?? null,
    agreedVia: (plan?.agreedVia ?? null) as ServicePlanT["agreedVia"],
    agreedBy: (plan?.agreedByClient ?? null) as ServicePlanT["agreedBy"],
    agreedRecordedBy: names.maybe(plan?.agreedRecordedBy ?? null),
    interventions: items,
  };
}
