// Serves the built staff console from memory: hashed assets cached forever, index.html with a fresh style nonce.
import fs from "node:fs";
import path from "node:path";
import type { FastifyInstance, FastifyReply } from "fastify";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
};

function readTree(dir: string, base = dir, out = new Map<string, Buffer>()): Map<string, Buffer> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) readTree(full, base, out);
    else out.set(`/${path.relative(base, full).split(path.sep).join("/")}`, fs.readFileSync(full));
  }
  return out;
}

export function registerConsole(app: FastifyInstance, consoleDir: string): void {
  const files = fs.existsSync(path.join(consoleDir, "index.html")) ? readTree(consoleDir) : new Map<string, Buffer>();
  const index = files.get("/index.html")?.toString("utf8");

  app.route({
    method: "GET",
    url: "/",
    config: { access: { public: true } },
    handler: async (_request, reply) => reply.redirect("/console/"),
  });
  /** A built file, or the console's shell (index.html with this response's style nonce) for any page of the console. */
  const serve = (rel: string, reply: FastifyReply) => {
    const file = files.get(rel);
    if (file && rel !== "/index.html") {
      reply.header("content-type", TYPES[path.extname(rel)] ?? "application/octet-stream");
      reply.header("cache-control", rel.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
      return reply.send(file);
    }
    if (rel.startsWith("/assets/")) return reply.code(404).send();
    if (!index) {
      return reply
        .code(503)
        .type("text/plain; charset=utf-8")
        .send("Konsol belum dibangun / console not built: run `npm run build`.");
    }
    reply.header("content-type", TYPES[".html"]).header("cache-control", "no-store");
    return reply.send(index.replaceAll("__CSP_NONCE__", reply.cspNonce.style));
  };
  app.route({
    method: "GET",
    url: "/console/*",
    config: { access: { public: true } },
    handler: async (request, reply) => serve(`/${(request.params as { "*": string })["*"]}`, reply),
  });
  // The console's home without the slash: where its own links to the home page point (react-router's "/" under the
  // /console basename), so a reload there, or the link opened in a new tab, shows the console and not a 404.
  app.route({
    method: "GET",
    url: "/console",
    config: { access: { public: true } },
    handler: async (_request, reply) => serve("/", reply),
  });
}
