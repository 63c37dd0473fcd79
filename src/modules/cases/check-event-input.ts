// Checks the values a move carries against the unit: reason codes, an eligible case manager, a partner agency of the unit.
import { and, eq } from "drizzle-orm";
import type { Tx } from "../../platform/db/connection.js";
import { partners, roleGrants, users } from "../people/schema.js";
import type { CaseRow } from "./case-access.js";
import { invalidField } from "./refusals.js";
import { type CaseEvent, type EventInput, REJECTION_REASONS, TERMINATION_REASONS } from "./transitions.js";

export interface EventValues extends EventInput {
  referralPartnerId?: string;
}

/** The events whose reason is a code from a list (reopen takes free text). */
const REASON_CODES: Partial<Record<CaseEvent, readonly string[]>> = {
  reject: REJECTION_REASONS,
  request_termination: TERMINATION_REASONS,
};

/** Whether the user holds the case manager role in the unit and is not disabled. */
async function isActiveCaseManager(tx: Tx, userId: string, unitId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(
      roleGrants,
      and(eq(roleGrants.userId, users.id), eq(roleGrants.role, "case_manager"), eq(roleGrants.unitId, unitId)),
    )
    .where(and(eq(users.id, userId), eq(users.disabled, false)));
  return Boolean(row);
}

export async function checkEventInput(tx: Tx, row: CaseRow, event: CaseEvent, input: EventValues): Promise<void> {
  const codes = REASON_CODES[event];
  if (codes && input.reason && !codes.includes(input.reason)) throw invalidField("case.reason_invalid", "reason");
  if (input.caseManagerId && (event === "approve" || event === "reassign_case_manager" || event === "reopen")) {
    if (!(await isActiveCaseManager(tx, input.caseManagerId, row.unitId))) {
      throw invalidField("case.case_manager_invalid", "caseManagerId");
    }
    if (event === "reassign_case_manager" && input.caseManagerId === row.caseManagerId) {
      throw invalidField("case.case_manager_unchanged", "caseManagerId");
    }
  }
  if (event === "reject" && input.referralPartnerId) {
    const [partner] = await tx
      .select({ id: partners.id })
      .from(partners)
      .where(and(eq(partners.id, input.referralPartnerId), eq(partners.unitId, row.unitId), eq(partners.active, true)));
    if (!partner) throw invalidField("case.referral_partner_invalid", "referralPartnerId");
  }
}
