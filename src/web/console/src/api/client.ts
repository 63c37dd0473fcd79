// Fetch wrapper for /api/v1: JSON, CSRF header, accept-language, and typed errors.
import i18n from "../i18n";
import { deleteCookie, readCookie } from "../lib/cookies";

export type FieldError = { path: string; message: string };

/** An error answered by the server (or a network failure, status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

const BASE = "/api/v1";
let onUnauthorized: (() => void) | null = null;
/** When the last API request was answered (each one keeps the session alive): Date.now(), 0 before any. */
let lastAnsweredAt = 0;

export const lastApiAnswerAt = (): number => lastAnsweredAt;

/** Called on a 401 from any endpoint other than the sign-in steps. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

async function csrfToken(): Promise<string> {
  const existing = readCookie("teduh_csrf");
  if (existing) return existing;
  const res = await fetch(`${BASE}/csrf`, { credentials: "same-origin", headers: { accept: "application/json" } });
  if (!res.ok) throw await toError(res);
  const body = (await res.json()) as { token: string };
  return readCookie("teduh_csrf") ?? body.token;
}

async function toError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string; fields?: FieldError[] } };
    if (body.error?.message) {
      return new ApiError(res.status, body.error.code ?? "error", body.error.message, body.error.fields ?? []);
    }
  } catch {
    // not JSON: fall through to a generic message
  }
  return new ApiError(res.status, `http_${res.status}`, i18n.t("errors.generic", { status: res.status }));
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

async function send(method: Method, path: string, body: unknown, retried: boolean): Promise<Response> {
  const headers: Record<string, string> = { accept: "application/json", "accept-language": i18n.language || "id" };
  let payload: string | undefined;
  if (method !== "GET") {
    headers["content-type"] = "application/json";
    headers["x-csrf-token"] = await csrfToken();
    payload = JSON.stringify(body ?? {});
  }
  let res: Response;
  try {
    res = await fetch(BASE + path, { method, headers, body: payload, credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "network", i18n.t("errors.network"));
  }
  if (res.status !== 401) lastAnsweredAt = Date.now();
  if (res.status === 403 && method !== "GET" && !retried) {
    const err = await toError(res.clone());
    if (err.code.toLowerCase().includes("csrf")) {
      deleteCookie("teduh_csrf");
      return send(method, path, body, true);
    }
  }
  return res;
}

/** Calls the API and returns the parsed JSON body (undefined for 204). Throws ApiError. */
export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const res = await send(method, path, body, false);
  if (!res.ok) {
    const err = await toError(res);
    const isSignInStep = path.startsWith("/auth/") || path.startsWith("/setup");
    if (err.status === 401 && !isSignInStep) onUnauthorized?.();
    throw err;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Builds a query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : "";
}
