// What this user may do on one complaint's page, by their roles in the complaint's unit (the server decides; this only hides).
import type { MeT } from "../contracts";
import { canIn, PERMISSIONS } from "../lib/access";

export type ReportAccess = {
  /** Decisions, contact attempts, messages, attaching evidence. */
  handle: boolean;
  /** The reporter's and victim's identity, and the evidence files. */
  identity: boolean;
  /** Verification links to the reporter. */
  verify: boolean;
  /** Outreach visits. */
  outreach: boolean;
};

export function reportAccess(me: MeT | null | undefined, report: { unitId: string }): ReportAccess {
  return {
    handle: canIn(me, PERMISSIONS.reportHandle, report.unitId),
    identity: canIn(me, PERMISSIONS.reportIdentityRead, report.unitId),
    verify: canIn(me, PERMISSIONS.verificationSend, report.unitId),
    outreach: canIn(me, PERMISSIONS.outreachManage, report.unitId),
  };
}
