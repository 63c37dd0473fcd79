// Reads the report form from a urlencoded, multipart or (leniently) JSON body into known fields and evidence files.
import type { FastifyRequest } from "fastify";
import { FIELD_ORDER } from "../../../modules/reports/public/contracts.js";
import type { EvidenceFile } from "../../../modules/reports/public/evidence-file.js";
import type { Values } from "./fields.js";

/** Fields the form has; anything else in a body is ignored. */
const KNOWN = new Set<string>([...FIELD_ORDER, "idempotencyKey", "step", "trackingCode", "pin", "proof", "body"]);
const MULTI = new Set(["violenceTypes"]);

export interface ReadForm {
  values: Values;
  files: EvidenceFile[];
  /** A file went over the size limit (and was cut off while reading). */
  oversizedFile: boolean;
}

function put(values: Values, key: string, value: unknown): void {
  if (!KNOWN.has(key) || typeof value !== "string") return;
  const current = values[key];
  if (!MULTI.has(key)) {
    if (current === undefined) values[key] = value;
  } else if (Array.isArray(current)) current.push(value);
  else values[key] = current === undefined ? [value] : [current, value];
}

export async function readForm(request: FastifyRequest): Promise<ReadForm> {
  const values: Values = {};
  const files: EvidenceFile[] = [];
  let oversizedFile = false;
  if (request.isMultipart()) {
    try {
      for await (const part of request.parts()) {
        if (part.type === "file") {
          const chunks: Buffer[] = [];
          for await (const chunk of part.file) chunks.push(chunk as Buffer);
          const bytes = Buffer.concat(chunks);
          if (part.file.truncated) oversizedFile = true;
          else if (part.filename || bytes.length > 0) files.push({ fileName: part.filename, bytes });
        } else {
          put(values, part.fieldname, part.value);
        }
      }
    } catch (error) {
      // More files than the limit lets through: the files read already (one over the most allowed) make the form come
      // back with its fields, as typed, and a "too many files" error, rather than a page that loses the report.
      if ((error as { code?: string }).code === "FST_FILES_LIMIT") return { values, files, oversizedFile };
      // A broken multipart body (no boundary, cut short) is the sender's fault: a 400 page, never a 5xx.
      const status = (error as { statusCode?: number }).statusCode;
      if (status && status >= 400 && status < 500) throw error;
      throw Object.assign(new Error("malformed multipart body"), { statusCode: 400 });
    }
  } else if (typeof request.body === "string") {
    for (const [k, v] of new URLSearchParams(request.body)) put(values, k, v);
  } else if (request.body && typeof request.body === "object" && !Array.isArray(request.body)) {
    for (const [k, v] of Object.entries(request.body)) for (const x of [v].flat()) put(values, k, x);
  }
  return { values, files, oversizedFile };
}

export const single = (values: Values, key: string): string => [values[key] ?? ""].flat()[0] ?? "";
