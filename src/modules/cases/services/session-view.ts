// Shapes intervention session records for the API: the sealed text opened, the recorder named, attachments listed.
import { asc, eq, inArray } from "drizzle-orm";
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";
import type { Tx } from "../../../platform/db/connection.js";
import type { AttachmentInfoT } from "./attachment-contracts.js";
import type { InterventionSessionT } from "./contracts.js";
import { namesOf } from "./people-names.js";
import { interventionSessionAttachments as files, interventionSessions } from "./schema.js";
import { unsealServices } from "./services-seal.js";

export type SessionRow = typeof interventionSessions.$inferSelect;

async function attachmentsOf(tx: Tx, cipher: FieldCipher, sessionIds: string[]): Promise<Map<string, AttachmentInfoT[]>> {
  const bySession = new Map<string, AttachmentInfoT[]>();
  if (!sessionIds.length) return bySession;
  const rows = await tx
    .select({
      id: files.id,
      sessionId: files.sessionId,
      fileNameEnc: files.fileNameEnc,
      contentType: files.contentType,
      sizeBytes: files.sizeBytes,
      createdAt: files.createdAt,
    })
    .from(files)
    .where(inArray(files.sessionId, sessionIds))
    .orderBy(asc(files.createdAt), asc(files.id));
  for (const r of rows) {
    const list = bySession.get(r.sessionId) ?? [];
    list.push({
      id: r.id,
      fileName: unsealServices(cipher, "attachment_name", r.fileNameEnc) ?? "",
      contentType: r.contentType as AttachmentInfoT["contentType"],
      sizeBytes: r.sizeBytes,
      createdAt: r.createdAt.toISOString(),
    });
    bySession.set(r.sessionId, list);
  }
  return bySession;
}

export async function sessionViews(tx: Tx, cipher: FieldCipher, rows: SessionRow[]): Promise<InterventionSessionT[]> {
  const names = await namesOf(
    tx,
    rows.map((r) => r.recordedBy),
  );
  const attachments = await attachmentsOf(
    tx,
    cipher,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    interventionId: r.interventionId,
    heldOn: r.heldOn,
    whatWasDone: unsealServices(cipher, "session_done", r.doneEnc) ?? "",
    result: unsealServices(cipher, "session_result", r.resultEnc) ?? "",
    followUp: unsealServices(cipher, "session_follow_up", r.followUpEnc),
    attachments: attachments.get(r.id) ?? [],
    recordedBy: names(r.recordedBy),
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function sessionsOf(tx: Tx, interventionId: string): Promise<SessionRow[]> {
  return tx
    .select()
    .from(interventionSessions)
    .where(eq(interventionSessions.interventionId, interventionId))
    .orderBy(asc(interventionSessions.heldOn), asc(interventionSessions.createdAt));
}
