// Health, OpenAPI, security headers, translated validation errors and body limits over the real app.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../helpers/client.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

describe.each(DATABASES)("platform on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it("GET /healthz answers 200 when the database answers", async () => {
    const res = await t.app.inject({ method: "GET", url: "/healthz" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ok", database: kind });
  });

  it("the OpenAPI 3.1 document lists every route with its zod-derived schemas", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(doc.openapi).toBe("3.1.0");
    const signIn = doc.paths["/api/v1/auth/sign-in"].post;
    expect(signIn.requestBody.content["application/json"].schema.required).toEqual(["username", "password"]);
    expect(doc.paths["/api/v1/units/{id}"].patch.parameters[0]).toMatchObject({ name: "id", in: "path", required: true });
  });

  it("responses carry a strict CSP without inline scripts, no-store on the API, no HSTS over plain HTTP", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/v1/setup" });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline' 'self'");
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["strict-transport-security"]).toBeUndefined();
  });

  it("every response has its own CSP nonces for script and style, and the policy names nothing else inline", async () => {
    const a = String((await t.app.inject({ method: "GET", url: "/lapor" })).headers["content-security-policy"]);
    const b = String((await t.app.inject({ method: "GET", url: "/lapor" })).headers["content-security-policy"]);
    const nonces = (csp: string) => [...csp.matchAll(/'nonce-([0-9a-f]{32})'/g)].map((m) => m[1]);
    expect(nonces(a)).toHaveLength(2);
    expect(new Set([...nonces(a), ...nonces(b)]).size).toBe(4);
    expect(a.replace(/'nonce-[0-9a-f]{32}'/g, "'nonce'")).toBe(
      "default-src 'self';script-src 'self' 'nonce';script-src-attr 'none';style-src 'self' 'nonce';" +
        "style-src-attr 'unsafe-inline';img-src 'self' data:;font-src 'self';connect-src 'self';object-src 'none';" +
        "base-uri 'none';form-action 'self';frame-ancestors 'none'",
    );
  });

  it("HSTS is sent behind TLS (a proxy that says https, when trusted)", async () => {
    const proxied = await startTestApp(kind, { trustProxy: ["loopback"] });
    const res = await proxied.app.inject({ method: "GET", url: "/healthz", headers: { "x-forwarded-proto": "https" } });
    expect(res.headers["strict-transport-security"]).toMatch(/max-age=31536000/);
    await proxied.close();
  });

  it("malformed input: 400 with a message naming the field, in Indonesian or English", async () => {
    const id = await new Client(t.app, "id").post("/auth/sign-in", { username: "x", password: "" });
    expect(id.status).toBe(400);
    expect(id.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(["password", "username"]);
    expect(id.body.error.message).toContain("Nama pengguna");
    const en = await new Client(t.app, "en").post("/auth/sign-in", { username: "x" });
    expect(en.body.error.fields).toContainEqual({ path: "password", message: "Password is required" });
  });

  it("a body over the limit is refused with 413 and a translated message", async () => {
    const res = await new Client(t.app, "en").post("/auth/sign-in", { username: "a".repeat(300 * 1024), password: "x" });
    expect(res.status).toBe(413);
    expect(res.body.error.message).toBe("The data sent is too large.");
  });

  it("an unknown API path is a translated 404", async () => {
    const res = await new Client(t.app).get("/api/v1/nothing-here");
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe("Data tidak ditemukan.");
  });
});
