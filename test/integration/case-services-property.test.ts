// fast-check throws malformed bodies at every case-services command on real records: never a 5xx, and a refusal writes nothing.
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { makePost, makeUnit, makeUser } from "../../src/demo/factories.js";
import { caseServicesRoutes } from "../../src/modules/cases/services/routes.js";
import type { AnyRoute } from "../../src/platform/http/route.js";
import { Client } from "../helpers/client.js";
import { WALK_IN } from "../helpers/intake-body.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const TABLES = [
  "assessments",
  "assessment_revisions",
  "service_plans",
  "interventions",
  "intervention_sessions",
  "intervention_session_attachments",
  "police_report_deadlines",
  "case_events",
  "audit_events",
];

const hostile = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom("", " ", "\u0000", "0000-01-01", "2026-02-30", "9999-99-99", "-1", "<b>x</b>", "high", "done", "in_person"),
  fc.integer({ min: -3, max: 3 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
  fc.string({ minLength: 8001, maxLength: 9000 }),
);
const KEYS = [
  "version",
  "sections",
  "riskLevel",
  "interventions",
  "agreedVia",
  "agreedBy",
  "heldOn",
  "whatWasDone",
  "result",
  "followUp",
  "status",
  "reportedAt",
  "reference",
  "reason",
  "id",
  "serviceType",
  "providerId",
  "targetDate",
  "goal",
];
/** A value per field that its contract always refuses. */
const BREAKERS: Record<string, unknown> = {
  version: "stale",
  sections: "not an object",
  riskLevel: "extreme",
  interventions: [{ serviceType: "unknown" }],
  agreedVia: 5,
  heldOn: "2026-02-30",
  whatWasDone: "",
  status: "unknown",
  reportedAt: "yesterday",
  reason: "",
  contentType: "text/html",
  contentBase64: "<not base64>",
};
const keysOf = (schema: z.ZodType | undefined) =>
  Object.keys((z.toJSONSchema(schema ?? z.object({}), { io: "input" }) as { properties?: object }).properties ?? {});

/** Bodies with the contracts' keys but wrong values, and one field of the route's own contract always broken. */
const malformed = (route: AnyRoute) => {
  const breakable = keysOf(route.body).filter((k) => k in BREAKERS);
  return fc
    .tuple(fc.dictionary(fc.constantFrom(...KEYS), hostile, { maxKeys: 6 }), fc.constantFrom(...breakable))
    .map(([body, key]) => ({ ...body, [key]: BREAKERS[key] }));
};

describe.each(DATABASES)("case services reject malformed bodies on %s", (kind) => {
  let t: TestApp;
  let cm: Client;
  const ids: Record<string, string> = {};
  const counts = async () => {
    const out: number[] = [];
    for (const table of TABLES) {
      const r = (await t.ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`)) as unknown as {
        rows: { n: number }[];
      };
      out.push(Number(r.rows[0]?.n));
    }
    return out;
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.ctx.database.db;
    const unit = (await makeUnit(db)).id;
    const post = (await makePost(db, unit)).id;
    const make = (role: "intake_officer" | "supervisor" | "case_manager") =>
      makeUser(t.ctx, db, { roles: [{ role, unitId: unit }] });
    const [officerU, supU, cmU] = [await make("intake_officer"), await make("supervisor"), await make("case_manager")];
    const provider = await makeUser(t.ctx, db, { roles: [{ role: "service_provider", unitId: unit }], profession: "psikolog" });
    const sign = async (u: { username: string; password: string }) => {
      const c = new Client(t.app);
      await c.signIn(u.username, u.password);
      return c;
    };
    const officer = await sign(officerU);
    cm = await sign(cmU);
    const report = await officer.post("/reports", { ...WALK_IN, unitId: unit, postId: post, violenceTypes: ["sexual"] });
    await officer.post(`/reports/${report.body.id}/submit`, { version: 1 });
    const r = (await db.execute(sql`SELECT id FROM cases WHERE report_id = ${report.body.id}`)) as unknown as {
      rows: { id: string }[];
    };
    ids.case = r.rows[0]?.id as string;
    expect(
      (await (await sign(supU)).post(`/cases/${ids.case}/events`, { event: "approve", version: 1, caseManagerId: cmU.id }))
        .status,
    ).toBe(200);
    ids.assessment = (await cm.post(`/cases/${ids.case}/assessments`, {})).body.id;
    const plan = await cm.put(`/cases/${ids.case}/service-plan`, {
      version: 0,
      interventions: [
        { serviceType: "psychological_support", providerId: provider.id, targetDate: "2026-12-31", goal: "Pemulihan" },
      ],
    });
    ids.intervention = plan.body.interventions[0].id;
    const session = await cm.post(`/interventions/${ids.intervention}/sessions`, {
      heldOn: "2026-01-05",
      whatWasDone: "a",
      result: "b",
    });
    ids["intervention-session"] = session.body.id;
  });
  afterAll(() => t.close());

  const commands = caseServicesRoutes.filter((r) => r.method !== "GET");
  it.each(commands.map((route) => ({ route, name: `${route.method} ${route.path}` })))("$name", async ({ route }) => {
    const record = ids[route.path.split("/")[1]?.replace(/s$/, "") as string];
    const path = route.path.replace(":id", record as string);
    await fc.assert(
      fc.asyncProperty(malformed(route), async (body) => {
        const before = await counts();
        const res = await cm.request(route.method, path, body);
        expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(res.body.error.message).toBeTruthy();
        expect(await counts()).toEqual(before);
      }),
      { numRuns: 30 },
    );
  });
});
