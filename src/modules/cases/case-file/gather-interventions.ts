// Reads a case's interventions for its file: provider (profession, partner agency), goal, status, every session, attachment names.
import { asc, eq, inArray } from "drizzle-orm";
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";
import type { Tx } from "../../../platform/db/connection.js";
import { partners, users } from "../../people/schema.js";
import { interventions } from "../schema.js";
import { interventionSessionAttachments as files, interventionSessions as sessions } from "../services/schema.js";
import { unsealServices } from "../services/services-seal.js";
import type { InterventionRecord, SessionRecord, Text } from "./case-file-types.js";

function grouped<T, V>(rows: T[], key: (row: T) => string, value: (row: T) => V): Map<string, V[]> {
  const map = new Map<string, V[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(value(row));
    else map.set(key(row), [value(row)]);
  }
  return map;
}

/** `nameOf` resolves staff ids to display names; it is filled by the caller after this read (see `staffIds`). */
export async function readInterventions(tx: Tx, cipher: FieldCipher, caseId: string, nameOf: (id: string) => string) {
  const items = await tx
    .select()
    .from(interventions)
    .where(eq(interventions.caseId, caseId))
    .orderBy(asc(interventions.createdAt), asc(interventions.id));
  const ids = items.map((i) => i.id);
  // By intervention, then by session: the tables' indexes serve these lookups.
  const held = ids.length
    ? await tx
        .select()
        .from(sessions)
        .where(inArray(sessions.interventionId, ids))
        .orderBy(asc(sessions.heldOn), asc(sessions.createdAt), asc(sessions.id))
    : [];
  // Names only: an attachment's content never leaves its table for the printed file.
  const attached = held.length
    ? await tx
        .select({ sessionId: files.sessionId, nameEnc: files.fileNameEnc })
        .from(files)
        .where(
          inArray(
            files.sessionId,
            held.map((s) => s.id),
          ),
        )
        .orderBy(asc(files.createdAt), asc(files.id))
    : [];
  const providerIds = [...new Set(items.map((i) => i.providerId))];
  const providers = new Map(
    (providerIds.length
      ? await tx
          .select({ id: users.id, profession: users.profession, partner: partners.name })
          .from(users)
          .leftJoin(partners, eq(partners.id, users.partnerId))
          .where(inArray(users.id, providerIds))
      : []
    ).map((p) => [p.id, p]),
  );
  return {
    staffIds: [...providerIds, ...held.map((s) => s.recordedBy)],
    /** Builds the records once the staff names are known. */
    records: (): { interventions: InterventionRecord[] } => {
      const names = grouped(
        attached,
        (f) => f.sessionId,
        (f): Text => unsealServices(cipher, "attachment_name", f.nameEnc) ?? "",
      );
      const byIntervention = grouped(
        held,
        (s) => s.interventionId,
        (s): SessionRecord => ({
          heldOn: s.heldOn,
          whatWasDone: unsealServices(cipher, "session_done", s.doneEnc),
          result: unsealServices(cipher, "session_result", s.resultEnc),
          followUp: unsealServices(cipher, "session_follow_up", s.followUpEnc),
          attachments: names.get(s.id) ?? [],
          recordedBy: nameOf(s.recordedBy),
          recordedAt: s.createdAt,
        }),
      );
      return {
        interventions: items.map((i) => ({
          createdAt: i.createdAt,
          serviceType: i.serviceType,
          provider: nameOf(i.providerId),
          profession: providers.get(i.providerId)?.profession ?? null,
          partner: providers.get(i.providerId)?.partner ?? null,
          targetDate: i.targetDate,
          goal: unsealServices(cipher, "intervention_goal", i.goalEnc),
          status: i.status,
          sessions: byIntervention.get(i.id) ?? [],
        })),
      };
    },
  };
}
