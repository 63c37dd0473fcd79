// Puts a message in the outbox inside the caller's transaction: it leaves only if that transaction commits.
import { sql } from "drizzle-orm";
import { seal } from "../../modules/reports/identity.js";
import { outboxMessages } from "../../modules/reports/schema.js";
import type { FieldCipher } from "../crypto/field-encryption.js";
import type { Tx } from "../db/connection.js";
import type { TransportKind } from "./transport.js";

/** NOTIFY channel that wakes the dispatchers when a message is committed. */
export const OUTBOX_CHANNEL = "teduh_outbox";

export interface NewMessage {
  unitId: string | null;
  transport: TransportKind;
  recipient: string;
  subject?: string | null;
  body: string;
  /** What the message is about (ids only), e.g. { type: "verification_link", id }. */
  related?: { type: string; id: string };
}

export async function enqueueMessage(tx: Tx, cipher: FieldCipher, message: NewMessage): Promise<string> {
  const [row] = await tx
    .insert(outboxMessages)
    .values({
      unitId: message.unitId,
      transport: message.transport,
      recipientEnc: seal(cipher, "outbox_recipient", message.recipient),
      subjectEnc: seal(cipher, "outbox_subject", message.subject ?? null),
      bodyEnc: seal(cipher, "outbox_body", message.body),
      relatedType: message.related?.type ?? null,
      relatedId: message.related?.id ?? null,
    })
    .returning({ id: outboxMessages.id });
  if (!row) throw new Error("outbox message not written");
  await tx.execute(sql`SELECT pg_notify(${OUTBOX_CHANNEL}, ${row.id})`);
  return row.id;
}
