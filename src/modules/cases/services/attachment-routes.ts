// HTTP adapter of session attachments: upload (base64 JSON) and download (the bytes, never cached).
import { z } from "zod";
import { asDownload } from "../../../platform/http/download.js";
import { defineRoute } from "../../../platform/http/route.js";
import { addSessionAttachment } from "./add-session-attachment.js";
import { AttachmentBody, AttachmentInfo, SessionAttachmentParams } from "./attachment-contracts.js";
import { readSessionAttachment } from "./read-session-attachment.js";

const EXTENSIONS = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" } as const;

export const attachmentRoutes = [
  defineRoute({
    method: "POST",
    path: "/intervention-sessions/:id/attachments",
    tag: "case-services",
    summary: "Attach a PDF, JPEG or PNG (at most 180 KiB, base64) to a session record; its provider or the case manager",
    access: { permission: "intervention.record" },
    params: z.object({ id: z.uuid() }),
    body: AttachmentBody,
    response: AttachmentInfo,
    status: 201,
    handler: async ({ ctx, actor, params, body }) => addSessionAttachment(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "GET",
    path: "/intervention-sessions/:id/attachments/:attachmentId",
    tag: "case-services",
    summary: "Download a session attachment (audited); its provider, the case manager, head and supervisors",
    access: { permission: "case.read" },
    params: SessionAttachmentParams,
    handler: async ({ ctx, actor, params, reply }) => {
      const file = await readSessionAttachment(ctx, actor, params.id, params.attachmentId);
      asDownload(reply, file.contentType, `lampiran-${file.id.slice(0, 8)}.${EXTENSIONS[file.contentType]}`);
      return file.content;
    },
  }),
];
