// Adds a note to a case, sealed at rest; the audit event and the live event carry ids only.
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../platform/access/actor.js";
import { recordAudit } from "../../platform/audit/record.js";
import type { AppContext } from "../../platform/http/context.js";
import { publishEvent } from "../../platform/realtime/publish.js";
import { users } from "../people/schema.js";
import { loadCase } from "./case-access.js";
import { sealCaseText } from "./case-seal.js";
import type { CaseNoteT, NoteBody } from "./contracts.js";
import { caseNotes } from "./schema.js";

export async function addCaseNote(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: z.output<typeof NoteBody>,
): Promise<CaseNoteT> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadCase(tx, actor, "case.note.write", id);
    const [note] = await tx
      .insert(caseNotes)
      .values({ caseId: row.id, authorId: actor.userId, contentEnc: sealCaseText(ctx.cipher, "note", body.content) as string })
      .returning();
    if (!note) throw new Error("note not stored");
    await publishEvent(tx, {
      type: "case.note_added",
      unitId: row.unitId,
      id: row.id,
      data: { caseManagerId: row.caseManagerId },
    });
    await recordAudit(tx, {
      action: "case.note_added",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "case",
      targetId: row.id,
      details: { noteId: note.id },
    });
    const [author] = await tx.select({ displayName: users.displayName }).from(users).where(eq(users.id, actor.userId));
    return {
      id: note.id,
      author: { id: actor.userId, displayName: author?.displayName ?? "" },
      content: body.content,
      createdAt: note.createdAt.toISOString(),
    };
  });
}
