// Opens a session attachment for its provider or the case's workers (head, supervisors, case manager); every read is audited.
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import type { AttachmentType } from "./attachment-rules.js";
import { loadSession } from "./load-session.js";
import { interventionSessionAttachments as files } from "./schema.js";
import { unsealServices } from "./services-seal.js";

export async function readSessionAttachment(ctx: AppContext, actor: Actor, sessionId: string, attachmentId: string) {
  return ctx.database.db.transaction(async (tx) => {
    const { session, row } = await loadSession(tx, actor, sessionId, "case.services.read");
    const [file] = await tx
      .select()
      .from(files)
      .where(and(eq(files.id, attachmentId), eq(files.sessionId, session.id)));
    if (!file) throw new AppError(404, "error.not_found");
    await recordAudit(tx, {
      action: "intervention.attachment_read",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "case",
      targetId: row.id,
      details: { sessionId: session.id, attachmentId: file.id },
    });
    const content = Buffer.from(unsealServices(ctx.cipher, "attachment_content", file.contentEnc) ?? "", "base64");
    return { content, contentType: file.contentType as AttachmentType, id: file.id };
  });
}
