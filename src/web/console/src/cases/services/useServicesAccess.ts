// What this user may do with a case's services, as the server decides it: its case manager or a unit overseer, the case running.
import { useMe } from "../../api/queries";
import { can, PERMISSIONS } from "../../lib/access";
import type { CaseDetailT } from "../contracts";

export type ServicesAccess = {
  read: boolean;
  assess: boolean;
  plan: boolean;
  /** Assessments, the plan and sessions change only while the case is open (termination may be pending). */
  running: boolean;
  closed: boolean;
};

export function useServicesAccess(detail: Pick<CaseDetailT, "status" | "caseManager">): ServicesAccess {
  const { data: me } = useMe();
  const worker = detail.caseManager?.id === me?.id || can(me, PERMISSIONS.caseOversee);
  return {
    read: can(me, PERMISSIONS.caseServicesRead),
    assess: worker && can(me, PERMISSIONS.caseAssess),
    plan: worker && can(me, PERMISSIONS.casePlan),
    running: detail.status === "open" || detail.status === "termination_requested",
    closed: detail.status === "closed",
  };
}
