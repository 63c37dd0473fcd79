// What a session attachment may be: PDF, JPEG or PNG whose first bytes match the declared type, at most 180 KiB.
export const ATTACHMENT_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** Fits in the server's 256 KiB JSON body once base64-encoded. */
export const MAX_ATTACHMENT_BYTES = 180 * 1024;
export const MAX_ATTACHMENTS_PER_SESSION = 5;

const SIGNATURES: Record<AttachmentType, number[]> = {
  "application/pdf": [0x25, 0x50, 0x44, 0x46, 0x2d],
  "image/jpeg": [0xff, 0xd8, 0xff],
  "image/png": [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

export function matchesType(bytes: Buffer, type: AttachmentType): boolean {
  const signature = SIGNATURES[type];
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}
