// Withdraws the outbox messages about some records that are still waiting to be sent (a revoked link's message).
import { and, eq, inArray } from "drizzle-orm";
import { outboxMessages } from "../../modules/reports/schema.js";
import type { Tx } from "../db/connection.js";

/** In the caller's transaction: messages already sent or failed stay as they are. */
export async function withdrawMessages(tx: Tx, relatedType: string, relatedIds: string[]): Promise<void> {
  if (relatedIds.length === 0) return;
  await tx
    .update(outboxMessages)
    .set({ status: "cancelled" })
    .where(
      and(
        eq(outboxMessages.relatedType, relatedType),
        inArray(outboxMessages.relatedId, relatedIds),
        eq(outboxMessages.status, "pending"),
      ),
    );
}
