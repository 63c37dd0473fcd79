// fast-check against the public client-link pages (consent and termination forms): hostile tokens, codes, proofs and bodies
// never give a 5xx or a cookie, and never write a consent, a form, feedback or a case move.
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePost, makeUnit, makeUser } from "../../src/demo/factories.js";
import { Client } from "../helpers/client.js";
import { WALK_IN } from "../helpers/intake-body.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("<script>alert(1)</script>", "'; DROP TABLE cases; --", "\u0000\uFFFF\uD800", "%00", "%E0%A4%A", "../../etc"),
  fc.string({ minLength: 20_000, maxLength: 40_000 }),
);
const CHILD = {
  category: "child",
  victimBirthDate: "2013-04-17",
  victimNik: "3509015704130001",
  victimMaritalStatus: "unmarried",
  victimOccupation: "student",
  victimEducation: "junior_high",
  reporterRelation: "family",
  perpetratorRelationship: "neighbour",
};
/** A signature that can never be accepted: a non-empty drawing that is not a PNG data URL. */
const badDrawing = hostile.filter((s) => s !== "" && !s.startsWith("data:image/png;base64,"));
const rawBody = fc.oneof(
  fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
  fc.constant(Buffer.from([0x70, 0x72, 0x6f, 0x6f, 0x66, 0x3d, 0xc3, 0x28, 0xff, 0xfe])), // proof=<broken UTF-8>
  fc.constant(Buffer.from(`signatureDrawn=${"x".repeat(1024 * 1024)}`)), // a 1 MB field, over the body limit
);
const contentType = fc.constantFrom(
  "application/x-www-form-urlencoded",
  "application/x-www-form-urlencoded; charset=latin1",
  "application/json",
  "text/plain",
  "multipart/form-data; boundary=x",
);

describe.each(DATABASES)("fuzzing the client-link pages on %s", (kind) => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const proofs: Record<string, string> = {};
  let snapshot: string;

  const state = async () =>
    JSON.stringify(
      (
        (await t.ctx.database.db.execute(
          sql`SELECT (SELECT json_agg(json_build_object('id', id, 'status', status, 'version', version) ORDER BY id) FROM cases) AS cases,
                     (SELECT json_agg(json_build_object('id', id, 'used', used_at, 'revoked', revoked_at) ORDER BY id) FROM client_link_requests) AS links,
                     (SELECT count(*) FROM consent_records) AS consents,
                     (SELECT count(*) FROM termination_forms) AS forms,
                     (SELECT count(*) FROM case_feedback) AS feedback`,
        )) as unknown as { rows: unknown[] }
      ).rows,
    );

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.ctx.database.db;
    const unitId = (await makeUnit(db)).id;
    const postId = (await makePost(db, unitId)).id;
    const client = async (role: "intake_officer" | "supervisor" | "case_manager") => {
      const u = await makeUser(t.ctx, db, { roles: [{ role, unitId }] });
      const c = new Client(t.app);
      await c.signIn(u.username, u.password);
      return { u, c };
    };
    const officer = await client("intake_officer");
    const supervisor = await client("supervisor");
    const cm = await client("case_manager");
    const openCase = async (child: boolean) => {
      const created = await officer.c.post("/reports", { ...WALK_IN, unitId, postId, ...(child ? CHILD : {}) });
      await officer.c.post(`/reports/${created.body.id}/submit`, { version: 1 });
      const id = (
        (await db.execute(sql`SELECT id FROM cases WHERE report_id = ${created.body.id}`)) as unknown as {
          rows: { id: string }[];
        }
      ).rows[0]?.id as string;
      const version = async () =>
        ((await db.execute(sql`SELECT version FROM cases WHERE id = ${id}`)) as unknown as { rows: { version: number }[] })
          .rows[0]?.version;
      await supervisor.c.post(`/cases/${id}/events`, { version: await version(), event: "approve", caseManagerId: cm.u.id });
      return { id, version };
    };
    const adult = await openCase(false);
    const ended = await openCase(true);
    await cm.c.post(`/cases/${ended.id}/events`, {
      version: await ended.version(),
      event: "request_termination",
      reason: "goals_met",
    });
    await supervisor.c.post(`/cases/${ended.id}/events`, { version: await ended.version(), event: "approve_termination" });
    const link = async (path: string, body: Record<string, unknown>) =>
      (await cm.c.post(path, { channel: "manual", ...body })).body;
    const made = {
      A: await link(`/cases/${adult.id}/consent-links`, { purposes: ["case_handling", "national_reporting"] }),
      C: await link(`/cases/${adult.id}/consent-links`, { purposes: ["case_handling"] }),
      T: await link(`/cases/${ended.id}/termination-links`, {}),
    };
    for (const [key, m] of Object.entries(made)) {
      tokens[key] = new URL(m.url).pathname.split("/")[2] as string;
      if (key === "A") continue;
      const opened = await t.app.inject({
        method: "POST",
        url: `/s/${tokens[key]}`,
        payload: `code=${m.code}`,
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      proofs[key] = /name="proof" value="([^"]+)"/.exec(opened.body)?.[1] as string;
      expect(proofs[key]).toBeTruthy();
    }
    snapshot = await state();
  });
  afterAll(() => t.close());

  /** Lone surrogates cannot be percent-encoded; send them as the broken UTF-8 they would become. */
  const encode = (token: string) => {
    try {
      return encodeURIComponent(token);
    } catch {
      return "%ED%A0%80";
    }
  };
  const target = fc.oneof(
    hostile.map((token) => ({ path: `/s/${encode(token)}`, token: "random" })),
    fc.constantFrom({ path: "", token: "A" }, { path: "", token: "C" }, { path: "", token: "T" }),
  );
  const form = fc.oneof(
    fc.record({ code: hostile }).map((f) => ({ fields: f as Record<string, string>, validProof: false })),
    fc
      .record({
        proof: hostile,
        validProof: fc.boolean(),
        agree_case_handling: fc.oneof(fc.constant("yes"), hostile),
        agree_national_reporting: fc.oneof(fc.constant("yes"), hostile),
        guardianName: hostile,
        guardianRelationship: fc.oneof(fc.constantFrom("mother", "father"), hostile),
        signatureName: hostile,
        signatureDrawn: badDrawing,
        respectful: fc.oneof(fc.constantFrom("1", "5"), hostile),
        comments: hostile,
        declineSurvey: fc.oneof(fc.constant("yes"), hostile),
      })
      .map(({ validProof, ...fields }) => ({ fields, validProof })),
  );

  it("never a 5xx, always a page without a cookie, and nothing is written", async () => {
    await fc.assert(
      fc.asyncProperty(
        target,
        fc.constantFrom("", "/submit"),
        fc.oneof(
          form.map((f) => ({ form: f })),
          rawBody.map((raw) => ({ raw })),
        ),
        contentType,
        fc.constantFrom("GET", "POST"),
        fc.ipV4(),
        async (where, suffix, payload, type, method, ip) => {
          const token = where.token === "random" ? null : (tokens[where.token] as string);
          const base = token ? `/s/${token}` : where.path;
          let body: string | Buffer = "raw" in payload ? payload.raw : "";
          if ("form" in payload) {
            const fields = { ...payload.form.fields };
            if (payload.form.validProof && "proof" in fields) fields.proof = proofs[where.token] ?? fields.proof;
            body = new URLSearchParams(fields).toString();
          }
          const res = await t.app.inject({
            method,
            url: `${base}${suffix}${ip.endsWith("7") ? "?lang=en" : ""}`,
            remoteAddress: ip,
            headers: { "content-type": type },
            ...(method === "POST" ? { payload: body } : {}),
          });
          expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
          expect(res.headers["set-cookie"]).toBeUndefined();
          if (base.startsWith("/s/")) expect(String(res.headers["content-type"])).toMatch(/text\/html|application\/json/);
          expect(res.body).not.toContain("<script>alert(1)</script>");
          expect(await state()).toBe(snapshot);
          await t.ctx.database.db.execute(sql`UPDATE client_link_requests SET failed_attempts = 0`);
        },
      ),
      { numRuns: kind === "pglite" ? 150 : 100 },
    );
  });
});
