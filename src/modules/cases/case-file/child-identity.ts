// Who may see a child's identity in a printed case file: the unit's head or supervisors, or the case's own case manager.
import type { Actor } from "../../../platform/access/actor.js";
import { type CaseRow, rolesIn } from "../case-access.js";

/**
 * The same people as may print at all (print-case-file.ts) today; kept as its own rule so that widening who may print
 * never widens who sees a child's identity: anyone else gets the masked file (redact-case-file.ts).
 */
export function mayShowChildIdentity(actor: Actor, row: Pick<CaseRow, "unitId" | "caseManagerId">): boolean {
  const roles = rolesIn(actor, row.unitId);
  return roles.includes("head") || roles.includes("supervisor") || row.caseManagerId === actor.userId;
}

/** "Siti Aminah" -> "S. A."; what an unentitled printer sees of a child's name. */
export function initials(name: string | null): string | null {
  if (!name) return null;
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${[...word][0]?.toUpperCase() ?? ""}.`);
  return letters.join(" ") || null;
}
