// Reads a chosen file as base64 (the attachment API takes JSON) and checks it against the server's rules first.
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from "../cases/services/contracts";

export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** Why a file would be refused (type or size), or null when it may be sent. */
export function attachmentProblem(file: Pick<File, "type" | "size">): "type" | "size" | null {
  if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return "type";
  if (file.size === 0 || file.size > MAX_ATTACHMENT_BYTES) return "size";
  return null;
}

export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(file);
  });
}
