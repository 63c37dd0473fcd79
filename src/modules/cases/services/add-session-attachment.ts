// Attaches a file to a session record, sealed: its provider or the case manager; type checked against the bytes, size limited.
import { count, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import type { AttachmentBody, AttachmentInfoT } from "./attachment-contracts.js";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_SESSION, matchesType } from "./attachment-rules.js";
import { loadSession } from "./load-session.js";
import { interventionSessionAttachments as files } from "./schema.js";
import { noteServiceStep } from "./service-step.js";
import { requireRunning } from "./services-access.js";
import { sealServices } from "./services-seal.js";

const invalid = () => new AppError(400, "services.attachment_invalid", {}, [{ path: "contentBase64", message: "" }]);

export async function addSessionAttachment(
  ctx: AppContext,
  actor: Actor,
  sessionId: string,
  body: z.output<typeof AttachmentBody>,
): Promise<AttachmentInfoT> {
  const bytes = Buffer.from(body.contentBase64, "base64");
  if (!bytes.length || bytes.length > MAX_ATTACHMENT_BYTES || !matchesType(bytes, body.contentType)) throw invalid();
  return ctx.database.db.transaction(async (tx) => {
    const { session, row } = await loadSession(tx, actor, sessionId, "intervention.record", true);
    requireRunning(row);
    const [held] = await tx.select({ n: count() }).from(files).where(eq(files.sessionId, session.id));
    if (Number(held?.n ?? 0) >= MAX_ATTACHMENTS_PER_SESSION) throw new AppError(409, "services.attachments_full");
    const [stored] = await tx
      .insert(files)
      .values({
        sessionId: session.id,
        caseId: row.id,
        fileNameEnc: sealServices(ctx.cipher, "attachment_name", body.fileName) as string,
        contentType: body.contentType,
        sizeBytes: bytes.length,
        contentEnc: sealServices(ctx.cipher, "attachment_content", bytes.toString("base64")) as string,
        uploadedBy: actor.userId,
      })
      .returning({ id: files.id, createdAt: files.createdAt });
    if (!stored) throw new Error("attachment not stored");
    const details = { interventionId: session.interventionId, sessionId: session.id, attachmentId: stored.id };
    await noteServiceStep(tx, row, "intervention_attachment_added", actor.userId, details);
    await recordAudit(tx, {
      action: "intervention.attachment_added",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "case",
      targetId: row.id,
      details: { ...details, contentType: body.contentType, sizeBytes: bytes.length },
    });
    return {
      id: stored.id,
      fileName: body.fileName,
      contentType: body.contentType,
      sizeBytes: bytes.length,
      createdAt: stored.createdAt.toISOString(),
    };
  });
}
