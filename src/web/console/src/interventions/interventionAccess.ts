// What this user may do on an intervention's page, as the server's loadIntervention decides it: its provider, or a worker of
// the case holding the right in the case's unit (the server decides; this only hides).

import { isCaseWorker } from "../cases/caseAccess";
import type { MeT } from "../contracts";
import { can, canIn, PERMISSIONS } from "../lib/access";
import type { CaseFacts } from "./useCaseFacts";

export type InterventionAccess = { holder: boolean; records: boolean; worker: boolean };

export function interventionAccess(me: MeT | null | undefined, providerId: string, facts: CaseFacts | null): InterventionAccess {
  const holder = Boolean(me) && providerId === me?.id;
  const running = facts?.status === "open" || facts?.status === "termination_requested";
  // The case's unit, from the case (case workers) or the provider's worklist; unknown only while neither has loaded.
  const unitId = facts?.unitId;
  const workerWith = (permission: typeof PERMISSIONS.casePlan | typeof PERMISSIONS.interventionRecord) =>
    unitId
      ? isCaseWorker(me, { unitId, caseManager: facts?.caseManager ?? null }) && canIn(me, permission, unitId)
      : Boolean(me) && (facts?.caseManager?.id === me?.id || can(me, PERMISSIONS.caseOversee)) && can(me, permission);
  return {
    holder,
    // The provider records with the right held anywhere (the server's route checks no more); a worker needs it in the unit.
    records: running && (holder ? can(me, PERMISSIONS.interventionRecord) : workerWith(PERMISSIONS.interventionRecord)),
    worker: workerWith(PERMISSIONS.casePlan),
  };
}
