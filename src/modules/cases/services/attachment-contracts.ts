// Zod contracts of session attachments: upload as base64 in JSON (the console reads the file), listed by name, type and size.
import { z } from "zod";
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from "./attachment-rules.js";

export const SessionAttachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });

export const AttachmentBody = z.object({
  fileName: z.string().trim().min(1).max(200),
  contentType: z.enum(ATTACHMENT_TYPES),
  /** The file's bytes, base64; at most 180 KiB once decoded, and its first bytes must match contentType. */
  contentBase64: z
    .string()
    .min(4)
    .max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/),
});

export const AttachmentInfo = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.enum(ATTACHMENT_TYPES),
  sizeBytes: z.number(),
  createdAt: z.string(),
});
export type AttachmentInfoT = z.infer<typeof AttachmentInfo>;
