// Opens a server's Server-Sent Events stream as a browser's EventSource would, and collects what arrives.
import http from "node:http";

export interface SeenEvent {
  event: string;
  data: { type: string; unitId: string; id: string; data: Record<string, unknown> };
}

export interface OpenStream {
  raw: () => string;
  seen: () => SeenEvent[];
  /** The first event (already seen or still to come, within 10 s) that matches. */
  waitFor: (p: (e: SeenEvent) => boolean) => Promise<SeenEvent>;
  close: () => void;
}

/** GET `path` (e.g. /api/v1/cases/stream) on the server at `baseUrl` with the session `cookie`. */
export function openEventStream(baseUrl: string, path: string, cookie: string): Promise<OpenStream> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    let raw = "";
    const parse = () =>
      raw
        .split("\n\n")
        .filter((b) => b.includes("data: "))
        .map(
          (b) => ({ event: /event: (.+)/.exec(b)?.[1] ?? "", data: JSON.parse(/data: (.+)/.exec(b)?.[1] ?? "{}") }) as SeenEvent,
        );
    const req = http.get({ hostname, port, path, headers: { cookie, accept: "text/event-stream" } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        raw += chunk;
      });
      resolve({
        raw: () => raw,
        seen: parse,
        waitFor: (pred) =>
          new Promise((ok, fail) => {
            const timer = setTimeout(() => fail(new Error(`event not seen; got ${raw}`)), 10_000);
            const check = () => {
              const hit = parse().find(pred);
              if (hit) {
                clearTimeout(timer);
                ok(hit);
              } else setTimeout(check, 20);
            };
            check();
          }),
        close: () => req.destroy(),
      });
    });
    req.on("error", reject);
  });
}
