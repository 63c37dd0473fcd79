// An HTTP client for tests over Fastify's inject: keeps cookies like a browser and sends the CSRF header.
import type { FastifyInstance, InjectOptions } from "fastify";

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | undefined>;
  /** The body's bytes, for downloads. */
  raw: Buffer;
}

export class Client {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly app: FastifyInstance,
    private readonly lang: "id" | "en" = "id",
  ) {}

  async request<T = any>(
    method: InjectOptions["method"],
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    if (!this.cookies.has("teduh_csrf")) this.cookies.set("teduh_csrf", "csrf-for-tests-0123456789");
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await this.app.inject({
      method,
      url:
        path.startsWith("/") && !path.startsWith("/api") && !path.startsWith("/console") && !path.startsWith("/healthz")
          ? `/api/v1${path}`
          : path,
      headers: {
        cookie,
        "x-csrf-token": this.cookies.get("teduh_csrf") as string,
        "accept-language": this.lang,
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now()) || c.value === "";
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const text = res.body;
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON
    }
    return { status: res.statusCode, body: parsed as T, headers: res.headers as Answer["headers"], raw: res.rawPayload };
  }

  get = <T = any>(path: string) => this.request<T>("GET", path);
  post = <T = any>(path: string, body: unknown = {}) => this.request<T>("POST", path, body);
  put = <T = any>(path: string, body: unknown = {}) => this.request<T>("PUT", path, body);
  patch = <T = any>(path: string, body: unknown = {}) => this.request<T>("PATCH", path, body);

  async signIn(username: string, password: string): Promise<Answer> {
    return this.post("/auth/sign-in", { username, password });
  }
}
