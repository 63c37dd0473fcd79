// A case's notes, unsealed for those who may read them, oldest first.
import { asc, eq } from "drizzle-orm";
import type { Actor } from "../../platform/access/actor.js";
import type { AppContext } from "../../platform/http/context.js";
import { users } from "../people/schema.js";
import { loadCase } from "./case-access.js";
import { unsealCaseText } from "./case-seal.js";
import type { CaseNoteT } from "./contracts.js";
import { caseNotes } from "./schema.js";

export async function listCaseNotes(ctx: AppContext, actor: Actor, id: string): Promise<CaseNoteT[]> {
  const db = ctx.database.db;
  const row = await loadCase(db, actor, "case.note.read", id);
  const notes = await db
    .select({ n: caseNotes, authorName: users.displayName })
    .from(caseNotes)
    .innerJoin(users, eq(users.id, caseNotes.authorId))
    .where(eq(caseNotes.caseId, row.id))
    .orderBy(asc(caseNotes.createdAt), asc(caseNotes.id));
  return notes.map(({ n, authorName }) => ({
    id: n.id,
    author: { id: n.authorId, displayName: authorName },
    content: unsealCaseText(ctx.cipher, "note", n.contentEnc) ?? "",
    createdAt: n.createdAt.toISOString(),
  }));
}
