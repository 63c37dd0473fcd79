// An officer makes a verification link for a report: token and code stored as hashes, sent via the outbox or by hand;
// the report's earlier links still live are revoked with it, so only the newest one opens.
import crypto from "node:crypto";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAuditEvents } from "../../../platform/audit/record.js";
import { hashToken, newToken } from "../../../platform/crypto/tokens.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { qrSvg } from "../../../platform/http/qr-svg.js";
import { translate } from "../../../platform/i18n/translate.js";
import { enqueueMessage } from "../../../platform/messaging/enqueue-message.js";
import { configuredKinds } from "../../../platform/messaging/transport.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { unseal } from "../identity.js";
import { verificationLinks } from "../schema.js";
import type { CreatedLinkT, CreateLinkBody } from "./contracts.js";
import { codeHash } from "./link-secrets.js";
import { isLive, linkView, loadReportInScope } from "./link-views.js";
import { lockReportLinks } from "./lock-report-links.js";
import { revokeLinkRows } from "./revoke-verification-link.js";

type Body = import("zod").output<typeof CreateLinkBody>;
const OPEN_STATUSES = new Set(["received", "in_intake"]);

export function verificationUrl(linkUrl: string, token: string, lang: "id" | "en"): string {
  return `${linkUrl}/v/${token}${lang === "en" ? "?lang=en" : ""}`;
}

/** The message the victim receives: neutral, it names neither the violence, the case nor the unit. */
export function verificationMessage(lang: "id" | "en", url: string): { subject: string; text: string } {
  return { subject: translate(lang, "verification.subject"), text: translate(lang, "verification.message", { url }) };
}

export async function createVerificationLink(ctx: AppContext, actor: Actor, reportId: string, body: Body): Promise<CreatedLinkT> {
  return ctx.database.db.transaction(async (tx) => {
    // The report's links are locked first, so its status is read after any close that came first has committed (a close
    // takes the same lock), and a close that comes second waits for this link and revokes it. Two officers making a
    // link for one report at once: the second waits, then revokes the first one's link.
    const earlier = await lockReportLinks(tx, reportId);
    const report = await loadReportInScope(tx, actor, "verification.send", reportId);
    if (!OPEN_STATUSES.has(report.status)) throw new AppError(409, "verification.wrong_status");
    const channel = body.channel;
    const viaOutbox = channel !== "manual";
    if (viaOutbox && !configuredKinds(ctx.config)[channel]) throw new AppError(400, "verification.transport_unavailable");
    let recipient = body.recipient ?? null;
    if (viaOutbox && !recipient && channel !== "email") recipient = unseal(ctx.cipher, "victim_phone", report.victimPhoneEnc);
    if (viaOutbox && !recipient) {
      throw new AppError(400, "verification.recipient_required", {}, [{ path: "recipient", message: "" }]);
    }

    const id = crypto.randomUUID();
    const revoked = await revokeLinkRows(
      tx,
      actor.userId,
      report.unitId,
      earlier.filter((link) => isLive(link)),
      { supersededBy: id },
    );
    const token = newToken();
    const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, "0");
    const expiresAt = new Date(Date.now() + ctx.config.verificationHours * 3_600_000);
    const [row] = await tx
      .insert(verificationLinks)
      .values({
        id,
        reportId,
        tokenHash: hashToken(token),
        codeHash: codeHash(ctx.cipher, id, code),
        expiresAt,
        sentVia: channel,
        createdBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error("verification link not written");
    const url = verificationUrl(ctx.config.linkUrl, token, body.lang);
    const message = verificationMessage(body.lang, url);
    if (viaOutbox && recipient) {
      await enqueueMessage(tx, ctx.cipher, {
        unitId: report.unitId,
        transport: channel,
        recipient,
        subject: channel === "email" ? message.subject : null,
        body: message.text,
        related: { type: "verification_link", id },
      });
    }
    // Colleagues with the complaint open list its links afresh: ids only, never the token, code or address.
    await publishEvent(tx, {
      type: "report.updated",
      unitId: report.unitId,
      id: reportId,
      data: { verification: "link_created" },
    });
    await recordAuditEvents(tx, [
      ...revoked.audit,
      {
        action: "verification.link_created",
        actorId: actor.userId,
        unitId: report.unitId,
        targetType: "verification_link",
        targetId: id,
        details: { reportId, channel, delivery: viaOutbox ? "outbox" : "manual" },
      },
    ]);
    return {
      link: linkView(row),
      code,
      delivery: viaOutbox ? "outbox" : "manual",
      url: viaOutbox ? null : url,
      message: viaOutbox ? null : message.text,
      qrSvg: viaOutbox ? null : await qrSvg(url),
    };
  });
}
