// A route without a declared access rule cannot be registered: the server refuses to start.
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/platform/db/connection.js";
import { buildApp } from "../../src/server/app.js";
import { loadConfig } from "../../src/server/config.js";
import { apiRoutes } from "../../src/server/routes.js";
import { testCipher } from "../helpers/test-app.js";

describe("route registration", () => {
  it("a route registered without an access rule stops the app from building", async () => {
    const database = await openDatabase({ memory: true });
    const ctx = { config: loadConfig({}, { logLevel: "silent" }), database, cipher: testCipher() };
    const app = await buildApp(ctx, { logger: false });
    expect(() => app.get("/api/v1/forgotten", async () => ({ leaked: true }))).toThrow(/declares no access rule/);
    await app.close();
    await database.close();
  });

  it("every API route declares public, authenticated or a permission", () => {
    for (const route of apiRoutes) {
      const a = route.access as Record<string, unknown>;
      expect(Boolean(a.public || a.authenticated || a.permission), `${route.method} ${route.path}`).toBe(true);
    }
  });
});
