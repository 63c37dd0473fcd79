// What an intervention's page needs of its case, and those facts as the provider's worklist gives them.
import type { MyInterventionT } from "../cases/services/contracts";

export type CaseFacts = {
  status: string;
  registerNumber: string | null;
  caseManager: { id: string; displayName: string } | null;
  /** The case's unit, from the case or the provider's worklist. */
  unitId: string | null;
  /** Case workers may open the case page; a provider's worklist names the case without opening it. */
  linkToCase: boolean;
};

/** The case's facts as the provider's worklist gives them (the provider does not open the case itself). */
export function factsFromWorklist(held: MyInterventionT): CaseFacts {
  return {
    status: held.caseStatus,
    registerNumber: held.registerNumber,
    caseManager: held.caseManager,
    unitId: held.unitId,
    linkToCase: false,
  };
}
