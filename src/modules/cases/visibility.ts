// THE visibility predicate of cases: every case query filters through it, so a case outside it does not exist for the actor.
import { and, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import { type Actor, scopeOf, type UnitScope } from "../../platform/access/actor.js";
import { cases } from "./schema.js";

const inScope = (scope: UnitScope): SQL | undefined =>
  scope === "all" ? undefined : scope.size ? inArray(cases.unitId, [...scope]) : sql`false`;

/** True when every unit of `inner` lies in `outer`. */
const covers = (outer: UnitScope, inner: UnitScope): boolean =>
  outer === "all" || (inner !== "all" && [...inner].every((unit) => outer.has(unit)));

/**
 * Who sees a case, always within the units where they hold case.read:
 * - the unit's head and supervisors (case.oversee): every case of the unit;
 * - the intake officer who submitted the complaint: while it awaits approval;
 * - the case manager of the case;
 * - a provider holding an intervention in the case.
 * Everyone else: nothing.
 */
export function caseVisibleTo(actor: Actor): SQL {
  const readable = scopeOf(actor, "case.read");
  if (readable !== "all" && readable.size === 0) return sql`false`;
  const overseen = scopeOf(actor, "case.oversee");
  // Overseeing every readable unit already shows all of their cases: the plain unit test lets the urgency index serve.
  if (covers(overseen, readable)) return inScope(readable) ?? sql`true`;
  const related = or(
    inScope(overseen) ?? sql`true`,
    and(eq(cases.submittedBy, actor.userId), eq(cases.status, "awaiting_approval")),
    eq(cases.caseManagerId, actor.userId),
    sql`EXISTS (SELECT 1 FROM "interventions" WHERE "interventions"."case_id" = "cases"."id" AND "interventions"."provider_id" = ${actor.userId})`,
  ) as SQL;
  const unit = inScope(readable);
  return unit ? (and(unit, related) as SQL) : related;
}

/** The cases of the units the actor oversees (head, supervisor): the approval queue and the board look only there. */
export function overseenBy(actor: Actor): SQL {
  return inScope(scopeOf(actor, "case.oversee")) ?? sql`true`;
}
