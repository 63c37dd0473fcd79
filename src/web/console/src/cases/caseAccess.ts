// What this user may see and do on one case, by their roles in the case's unit (the server decides; this only hides).
import type { MeT } from "../contracts";
import { canIn, PERMISSIONS } from "../lib/access";
import type { CaseDetailT } from "./contracts";

type CaseRef = Pick<CaseDetailT, "unitId" | "caseManager">;

/** The case's case manager or an overseer of its unit (head, supervisor): the server's isCaseWorker. */
export function isCaseWorker(me: MeT | null | undefined, detail: CaseRef): boolean {
  return Boolean(me) && (detail.caseManager?.id === me?.id || canIn(me, PERMISSIONS.caseOversee, detail.unitId));
}

export type OverviewAccess = { identity: boolean; readNotes: boolean; writeNotes: boolean; print: boolean };

/** The overview tab's panels: the client's identity and evidence, the notes, the case file to print. */
export function overviewAccess(me: MeT | null | undefined, detail: CaseRef & Pick<CaseDetailT, "status">): OverviewAccess {
  return {
    identity: canIn(me, PERMISSIONS.caseIdentityRead, detail.unitId),
    readNotes: canIn(me, PERMISSIONS.caseNoteRead, detail.unitId),
    writeNotes: canIn(me, PERMISSIONS.caseNoteWrite, detail.unitId) && detail.status !== "closed",
    print: canIn(me, PERMISSIONS.caseFilePrint, detail.unitId) && isCaseWorker(me, detail),
  };
}

export type ServicesAccess = {
  read: boolean;
  assess: boolean;
  plan: boolean;
  /** Assessments, the plan and sessions change only while the case is open (termination may be pending). */
  running: boolean;
  closed: boolean;
};

export type ServicesCase = CaseRef & Pick<CaseDetailT, "status">;

/** The services tabs: read, assess and plan need the right in the case's unit, the last two as the case's worker. */
export function servicesAccess(me: MeT | null | undefined, detail: ServicesCase): ServicesAccess {
  const worker = isCaseWorker(me, detail);
  return {
    read: canIn(me, PERMISSIONS.caseServicesRead, detail.unitId),
    assess: worker && canIn(me, PERMISSIONS.caseAssess, detail.unitId),
    plan: worker && canIn(me, PERMISSIONS.casePlan, detail.unitId),
    running: detail.status === "open" || detail.status === "termination_requested",
    closed: detail.status === "closed",
  };
}
