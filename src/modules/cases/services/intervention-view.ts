// Shapes interventions for the API: the responsible provider, the goal unsealed, session count, last session, overdue.
import { asc, count, eq, inArray, max } from "drizzle-orm";
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";
import type { Tx } from "../../../platform/db/connection.js";
import { users } from "../../people/schema.js";
import { interventions } from "../schema.js";
import type { InterventionT } from "./contracts.js";
import { interventionSessions } from "./schema.js";
import type { InterventionRow } from "./services-access.js";
import { unsealServices } from "./services-seal.js";
import { isOverdue } from "./today.js";

type I = InterventionT;

/** `today` is the unit's calendar day, or a function giving it per intervention (a worklist spans units). */
export async function interventionViews(
  tx: Tx,
  cipher: FieldCipher,
  rows: InterventionRow[],
  today: string | ((row: InterventionRow) => string),
): Promise<I[]> {
  const dayOf = typeof today === "string" ? () => today : today;
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const providers = await tx
    .select({ id: users.id, displayName: users.displayName, profession: users.profession, partnerId: users.partnerId })
    .from(users)
    .where(
      inArray(
        users.id,
        rows.map((r) => r.providerId),
      ),
    );
  const sessions = await tx
    .select({ id: interventionSessions.interventionId, n: count(), last: max(interventionSessions.heldOn) })
    .from(interventionSessions)
    .where(inArray(interventionSessions.interventionId, ids))
    .groupBy(interventionSessions.interventionId);
  const byProvider = new Map(providers.map((p) => [p.id, p]));
  const bySessions = new Map(sessions.map((s) => [s.id, s]));
  return rows.map((r) => {
    const p = byProvider.get(r.providerId);
    const s = bySessions.get(r.id);
    return {
      id: r.id,
      caseId: r.caseId,
      serviceType: r.serviceType as I["serviceType"],
      provider: {
        id: r.providerId,
        displayName: p?.displayName ?? "",
        profession: (p?.profession ?? null) as I["provider"]["profession"],
        partnerId: p?.partnerId ?? null,
      },
      targetDate: r.targetDate,
      goal: unsealServices(cipher, "intervention_goal", r.goalEnc),
      status: r.status as I["status"],
      version: r.version,
      overdue: isOverdue(r.targetDate, r.status, dayOf(r)),
      sessionCount: Number(s?.n ?? 0),
      lastSessionOn: s?.last ?? null,
    };
  });
}

/** The interventions of one case, oldest first. */
export async function caseInterventions(tx: Tx, caseId: string): Promise<InterventionRow[]> {
  return tx
    .select()
    .from(interventions)
    .where(eq(interventions.caseId, caseId))
    .orderBy(asc(interventions.createdAt), asc(interventions.id));
}
