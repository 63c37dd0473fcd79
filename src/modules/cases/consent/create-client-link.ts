// The case manager (or supervisor) makes a consent or termination link for the client: hashed token and code, outbox or by hand.
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import { hashToken, newToken } from "../../../platform/crypto/tokens.js";
import type { Tx } from "../../../platform/db/connection.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { qrSvg } from "../../../platform/http/qr-svg.js";
import { enqueueMessage } from "../../../platform/messaging/enqueue-message.js";
import { configuredKinds } from "../../../platform/messaging/transport.js";
import { unseal } from "../../reports/identity.js";
import { reports } from "../../reports/schema.js";
import { codeHash } from "../../reports/verification/link-secrets.js";
import { type CaseRow, rolesIn, stateOf } from "../case-access.js";
import { refusalError } from "../refusals.js";
import { decide } from "../transitions.js";
import { noteCaseStep } from "./case-note-event.js";
import { checkPartners } from "./check-partners.js";
import { clientLinkMessage, clientLinkUrl } from "./client-link-message.js";
import { clientLinkView } from "./client-link-views.js";
import { loadConsentCase, requireConsentStatus } from "./consent-case.js";
import type { CreateConsentLinkBody, CreatedClientLinkT, CreateTerminationLinkBody } from "./contracts.js";
import { clientLinkRequests } from "./schema.js";

type ConsentBody = z.output<typeof CreateConsentLinkBody>;
type TerminationBody = z.output<typeof CreateTerminationLinkBody>;
export type LinkRequest = ({ kind: "consent" } & ConsentBody) | ({ kind: "termination" } & TerminationBody);

/** A termination link is refused unless the table would let this actor complete the termination now. */
function checkTermination(row: CaseRow, actor: Actor): void {
  const outcome = decide(
    stateOf(row),
    "complete_termination",
    { terminationFormSigned: true },
    {
      userId: actor.userId,
      roles: rolesIn(actor, row.unitId),
    },
  );
  if (!outcome.ok) throw refusalError(outcome.refusal, actor.lang);
}

async function recipientOf(tx: Tx, ctx: AppContext, row: CaseRow, body: LinkRequest): Promise<string | null> {
  if (body.channel === "manual") return null;
  if (!configuredKinds(ctx.config)[body.channel]) throw new AppError(400, "consent.transport_unavailable");
  let recipient = body.recipient ?? null;
  if (!recipient && body.channel !== "email") {
    const [report] = await tx.select({ phone: reports.victimPhoneEnc }).from(reports).where(eq(reports.id, row.reportId));
    recipient = unseal(ctx.cipher, "victim_phone", report?.phone ?? null);
  }
  if (!recipient) throw new AppError(400, "consent.recipient_required", {}, [{ path: "recipient", message: "" }]);
  return recipient;
}

export async function createClientLink(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  body: LinkRequest,
): Promise<CreatedClientLinkT> {
  return ctx.database.db.transaction(async (tx) => {
    const { row } = await loadConsentCase(tx, actor, caseId, "case.consent.manage", true);
    let partnerIds: string[] = [];
    let purposes: string[] = [];
    if (body.kind === "consent") {
      requireConsentStatus(row);
      purposes = [...new Set(body.purposes)];
      partnerIds = await checkPartners(tx, row.unitId, body.partnerIds, purposes.includes("partner_sharing"));
      if (!purposes.includes("partner_sharing")) partnerIds = [];
    } else {
      checkTermination(row, actor);
    }
    const recipient = await recipientOf(tx, ctx, row, body);
    const id = crypto.randomUUID();
    const token = newToken();
    const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, "0");
    const [link] = await tx
      .insert(clientLinkRequests)
      .values({
        id,
        caseId: row.id,
        kind: body.kind,
        tokenHash: hashToken(token),
        codeHash: codeHash(ctx.cipher, id, code),
        expiresAt: new Date(Date.now() + ctx.config.verificationHours * 3_600_000),
        purposes,
        partnerIds,
        lang: body.lang,
        createdBy: actor.userId,
        sentVia: body.channel,
      })
      .returning();
    if (!link) throw new Error("client link not written");
    const url = clientLinkUrl(ctx.config.linkUrl, token, body.lang);
    const message = clientLinkMessage(body.lang, url);
    if (recipient) {
      await enqueueMessage(tx, ctx.cipher, {
        unitId: row.unitId,
        transport: body.channel as "whatsapp" | "sms" | "email",
        recipient,
        subject: body.channel === "email" ? message.subject : null,
        body: message.text,
        related: { type: "client_link", id },
      });
    }
    const delivery = recipient ? "outbox" : "manual";
    await noteCaseStep(tx, row, "client_link_created", actor.userId, { linkId: id, kind: body.kind, delivery });
    await recordAudit(tx, {
      action: "client_link.created",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "case",
      targetId: row.id,
      details: { linkId: id, kind: body.kind, channel: body.channel, delivery, purposes },
    });
    return {
      link: clientLinkView(link),
      code,
      delivery,
      url: recipient ? null : url,
      message: recipient ? null : message.text,
      qrSvg: recipient ? null : await qrSvg(url),
    };
  });
}
