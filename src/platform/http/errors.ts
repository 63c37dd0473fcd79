// The one error type operations throw; the HTTP layer turns it into a translated JSON answer.
import type { MessageKey } from "../i18n/translate.js";

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldError[] = [],
  ) {
    super(key);
  }
}

export const notFound = () => new AppError(404, "error.not_found");
export const forbidden = (key: MessageKey = "error.forbidden") => new AppError(403, key);
export const conflict = (key: MessageKey = "error.conflict") => new AppError(409, key);
export const badRequest = (key: MessageKey, path?: string, fieldMessage?: string) =>
  new AppError(400, key, {}, path ? [{ path, message: fieldMessage ?? "" }] : []);
