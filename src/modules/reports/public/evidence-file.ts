// Recognises an evidence file by its first bytes (never by its name or declared type): JPEG, PNG, WEBP or PDF.

export const EVIDENCE_TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
const EXTENSIONS: Record<EvidenceType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
};

/** The name a file is downloaded under: made here from its id and type, never the name its sender gave. */
export const evidenceDownloadName = (id: string, type: EvidenceType) => `bukti-${id.slice(0, 8)}.${EXTENSIONS[type]}`;

export interface EvidenceFile {
  fileName: string;
  bytes: Buffer;
}

const startsWith = (bytes: Buffer, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);

export function sniffEvidenceType(bytes: Buffer): EvidenceType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return "image/webp";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf";
  return null;
}

export interface EvidenceLimits {
  maxBytes: number;
  maxFiles: number;
}

/** Why sent files are refused, or null: too many, too large (or cut off at the limit while read), or of another type. */
export function evidenceProblem(
  files: EvidenceFile[],
  limits: EvidenceLimits,
  oversizedFile = false,
): "evidence_count" | "evidence_size" | "evidence_type" | null {
  if (files.length > limits.maxFiles) return "evidence_count";
  if (oversizedFile || files.some((f) => f.bytes.length > limits.maxBytes)) return "evidence_size";
  if (files.some((f) => sniffEvidenceType(f.bytes) === null)) return "evidence_type";
  return null;
}

/** A file name safe to keep: no path, no control characters, at most 120 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .trim()
    .slice(0, 120);
  return clean || "file";
}
