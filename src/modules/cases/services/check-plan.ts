// Checks a submitted service plan against the case: known interventions once each, fitting providers, no re-homing of recorded work.
import { inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "../../../platform/db/connection.js";
import { AppError } from "../../../platform/http/errors.js";
import type { SavePlanBody } from "./contracts.js";
import { fits, providersOfUnit } from "./provider-choices.js";
import { interventionSessions } from "./schema.js";
import type { InterventionRow } from "./services-access.js";

type Body = z.output<typeof SavePlanBody>;

function invalid(
  key:
    | "services.intervention_unknown"
    | "services.intervention_duplicate"
    | "services.provider_invalid"
    | "services.intervention_locked",
  path: string,
) {
  return new AppError(400, key, {}, [{ path, message: "" }]);
}

/** The case's interventions that have at least one session recorded. */
export async function withSessions(tx: Tx, rows: InterventionRow[]): Promise<Set<string>> {
  if (!rows.length) return new Set();
  const found = await tx
    .selectDistinct({ id: interventionSessions.interventionId })
    .from(interventionSessions)
    .where(
      inArray(
        interventionSessions.interventionId,
        rows.map((r) => r.id),
      ),
    );
  return new Set(found.map((f) => f.id));
}

export async function checkPlan(tx: Tx, unitId: string, body: Body, existing: InterventionRow[], recorded: Set<string>) {
  const byId = new Map(existing.map((r) => [r.id, r]));
  const providers = new Map((await providersOfUnit(tx, unitId)).map((p) => [p.id, p]));
  const seen = new Set<string>();
  body.interventions.forEach((item, i) => {
    const path = `interventions.${i}`;
    if (item.id) {
      const current = byId.get(item.id);
      if (!current) throw invalid("services.intervention_unknown", `${path}.id`);
      if (seen.has(item.id)) throw invalid("services.intervention_duplicate", `${path}.id`);
      seen.add(item.id);
      const moved = current.providerId !== item.providerId || current.serviceType !== item.serviceType;
      if (moved && recorded.has(item.id)) throw invalid("services.intervention_locked", `${path}.providerId`);
      if (!moved) return;
    }
    if (!fits(providers.get(item.providerId), item.serviceType)) throw invalid("services.provider_invalid", `${path}.providerId`);
  });
}
