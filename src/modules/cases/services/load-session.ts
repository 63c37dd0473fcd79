// Loads a session record with its intervention and case, under the intervention's rules (holder or a worker of the case).
import { eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import type { Permission } from "../../../platform/access/permissions.js";
import type { Tx } from "../../../platform/db/connection.js";
import { AppError } from "../../../platform/http/errors.js";
import { interventionSessions } from "./schema.js";
import { loadIntervention } from "./services-access.js";

export async function loadSession(tx: Tx, actor: Actor, id: string, workerPermission: Permission, lock = false) {
  const [session] = await tx.select().from(interventionSessions).where(eq(interventionSessions.id, id));
  if (!session) throw new AppError(404, "error.not_found");
  return { session, ...(await loadIntervention(tx, actor, session.interventionId, workerPermission, lock)) };
}
