// The termination form and feedback: by link and in person, closing the case through the transition table; refused before
// termination is approved and for anyone but the case manager; a child's guardian signs; feedback sealed; audit and live events.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makePost, makeUnit, makeUser, type UserSpec } from "../../src/demo/factories.js";
import { Client } from "../helpers/client.js";
import { WALK_IN } from "../helpers/intake-body.js";
import { REVEALING } from "../helpers/neutral-words.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const SIGNER = { givenBy: "client", signature: { kind: "typed", name: "Dewi Lestari" } };
const RATINGS = { respectful: 5, clearInformation: 4, timelyHelp: 3, feltSafe: 5, wouldRecommend: 4 };

describe.each(DATABASES)("termination form and feedback on %s", (kind) => {
  let t: TestApp;
  let jember: string;
  let post: string;
  let cmUser: MadeUser;
  let officer: Client;
  let supervisor: Client;
  let cm: Client;
  let colleague: Client;
  const notified: { type: string; id?: string; data?: Record<string, unknown> }[] = [];
  let stopListening: () => Promise<void>;

  const staff = (roles: UserSpec["roles"]) => makeUser(t.ctx, t.ctx.database.db, { roles });
  const signedIn = async (u: MadeUser) => {
    const c = new Client(t.app);
    expect((await c.signIn(u.username, u.password)).status).toBe(200);
    return c;
  };
  const rows = async <T>(query: ReturnType<typeof sql>) =>
    ((await t.ctx.database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const caseRow = async (id: string) =>
    (
      await rows<{ status: string; version: number; close_reason: string | null }>(
        sql`SELECT status, version, close_reason FROM cases WHERE id = ${id}`,
      )
    )[0] as { status: string; version: number; close_reason: string | null };
  const send = async (c: Client, id: string, body: Record<string, unknown>) =>
    c.post(`/cases/${id}/events`, { version: (await caseRow(id)).version, ...body });
  const audits = (caseId: string) =>
    rows<{ action: string; actor_id: string | null; details: Record<string, unknown> }>(
      sql`SELECT action, actor_id, details FROM audit_events WHERE target_id = ${caseId} ORDER BY seq`,
    );
  /** An open case of cmUser; with `approve`, its termination requested and approved. */
  const caseAt = async (approve: boolean, over: Record<string, unknown> = {}) => {
    const created = await officer.post("/reports", { ...WALK_IN, unitId: jember, postId: post, ...over });
    expect(created.status).toBe(201);
    await officer.post(`/reports/${created.body.id}/submit`, { version: 1 });
    const [row] = await rows<{ id: string }>(sql`SELECT id FROM cases WHERE report_id = ${created.body.id}`);
    const id = row?.id as string;
    expect((await send(supervisor, id, { event: "approve", caseManagerId: cmUser.id })).status).toBe(200);
    if (approve) {
      expect((await send(cm, id, { event: "request_termination", reason: "goals_met" })).status).toBe(200);
      expect((await send(supervisor, id, { event: "approve_termination" })).status).toBe(200);
    }
    return id;
  };
  const page = (method: "GET" | "POST", url: string, form?: Record<string, string>) =>
    t.app.inject({
      method,
      url,
      ...(form
        ? { payload: new URLSearchParams(form).toString(), headers: { "content-type": "application/x-www-form-urlencoded" } }
        : {}),
    });
  const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;
  const proofOf = (html: string) => /name="proof" value="([^"]+)"/.exec(html)?.[1] ?? "";
  const waitNotified = async (pred: (e: (typeof notified)[number]) => boolean) => {
    for (let i = 0; i < 500 && !notified.some(pred); i++) await new Promise((r) => setTimeout(r, 10));
    return notified.find(pred);
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.ctx.database.db;
    jember = (await makeUnit(db)).id;
    post = (await makePost(db, jember)).id;
    cmUser = await staff([{ role: "case_manager", unitId: jember }]);
    officer = await signedIn(await staff([{ role: "intake_officer", unitId: jember }]));
    supervisor = await signedIn(await staff([{ role: "supervisor", unitId: jember }]));
    cm = await signedIn(cmUser);
    colleague = await signedIn(await staff([{ role: "case_manager", unitId: jember }]));
    stopListening = await t.ctx.database.listen("teduh_events", (payload) => notified.push(JSON.parse(payload)));
  });
  afterAll(async () => {
    await stopListening();
    await t.close();
  });

  it("in person: the signed form and the survey close the case through the table; feedback comments are sealed", async () => {
    const id = await caseAt(true);
    const unused = (await cm.post(`/cases/${id}/termination-links`, { channel: "manual" })).body;
    const { version } = await caseRow(id);
    const res = await cm.post(`/cases/${id}/termination`, {
      version,
      signer: SIGNER,
      feedback: { declined: false, ...RATINGS, comments: "Petugasnya sabar sekali" },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.case).toMatchObject({ status: "closed", closeReason: "goals_met" });
    expect(res.body.form).toMatchObject({
      method: "in_person",
      signedBy: "client",
      recordedBy: { id: cmUser.id },
      feedback: { declined: false, ...RATINGS, comments: "Petugasnya sabar sekali" },
    });
    expect(await caseRow(id)).toMatchObject({ status: "closed", close_reason: "goals_met" });
    const [fb] = await rows<{ comments_enc: string }>(sql`SELECT comments_enc FROM case_feedback WHERE case_id = ${id}`);
    expect(fb?.comments_enc).toBeTruthy();
    expect(fb?.comments_enc).not.toContain("sabar");
    const [form] = await rows<{ signature_enc: string }>(sql`SELECT signature_enc FROM termination_forms WHERE case_id = ${id}`);
    expect(form?.signature_enc).not.toContain("Dewi");

    const timeline = (await cm.get(`/cases/${id}`)).body.timeline.map((e: { event: string }) => e.event);
    expect(timeline.slice(-2).sort()).toEqual(["complete_termination", "termination_form_recorded"]);
    const actions = await audits(id);
    expect(actions.slice(-2).map((a) => a.action)).toEqual(["case.termination_completed", "termination.form_recorded"]);
    expect(actions.at(-1)).toMatchObject({ actor_id: cmUser.id, details: { method: "in_person", feedbackDeclined: false } });
    expect(JSON.stringify(actions)).not.toContain("sabar");
    const overview = await supervisor.get(`/cases/${id}/termination`);
    expect(overview.status).toBe(200);
    expect(overview.body.forms).toHaveLength(1);
    expect(overview.body.links.map((l: { id: string; state: string }) => [l.id, l.state])).toEqual([[unused.link.id, "revoked"]]);
    expect((await page("POST", pathOf(unused.url), { code: unused.code })).statusCode).toBe(404);
    expect(await waitNotified((e) => e.type === "case.changed" && e.id === id && e.data?.status === "closed")).toBeTruthy();
    const live = notified.filter((e) => e.id === id);
    expect(JSON.stringify(live)).not.toContain("sabar");
    expect(JSON.stringify(live)).not.toContain("Dewi");

    // Closed: a second form is refused by the table.
    const again = await cm.post(`/cases/${id}/termination`, {
      version: version + 1,
      signer: SIGNER,
      feedback: { declined: true },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("case.event_not_allowed");
  });

  it("refused before termination is approved, for anyone but the case manager, on a stale version; nothing written", async () => {
    const open = await caseAt(false);
    const early = await cm.post(`/cases/${open}/termination`, {
      version: (await caseRow(open)).version,
      signer: SIGNER,
      feedback: { declined: true },
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("case.event_not_allowed");
    expect((await cm.post(`/cases/${open}/termination-links`, { channel: "manual" })).status).toBe(409);

    const id = await caseAt(true);
    const { version } = await caseRow(id);
    const bySupervisor = await supervisor.post(`/cases/${id}/termination`, {
      version,
      signer: SIGNER,
      feedback: { declined: true },
    });
    expect(bySupervisor.status).toBe(403);
    expect(bySupervisor.body.error.code).toBe("case.forbidden");
    expect((await supervisor.post(`/cases/${id}/termination-links`, { channel: "manual" })).status).toBe(403);
    expect(
      (await colleague.post(`/cases/${id}/termination`, { version, signer: SIGNER, feedback: { declined: true } })).status,
    ).toBe(404);
    const stale = await cm.post(`/cases/${id}/termination`, {
      version: version - 1,
      signer: SIGNER,
      feedback: { declined: true },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("case.stale");
    const badRating = await cm.post(`/cases/${id}/termination`, {
      version,
      signer: SIGNER,
      feedback: { declined: false, respectful: 6 },
    });
    expect(badRating.status).toBe(400);
    // The console's generic event endpoint cannot complete a termination without the signed form.
    const generic = await send(cm, id, { event: "complete_termination", terminationFormSigned: true });
    expect(generic.status).toBe(400);
    expect((await caseRow(id)).status).toBe("termination_approved");
    expect(await rows(sql`SELECT id FROM termination_forms WHERE case_id IN (${open}, ${id})`)).toHaveLength(0);
    expect(await rows(sql`SELECT id FROM case_feedback WHERE case_id IN (${open}, ${id})`)).toHaveLength(0);
  });

  it("a child's termination form is signed by a parent or guardian", async () => {
    const id = await caseAt(true, {
      category: "child",
      victimName: "Anak Rahasia",
      victimBirthDate: "2013-04-17",
      victimNik: "3509015704130001",
      victimMaritalStatus: "unmarried",
      victimOccupation: "student",
      victimEducation: "junior_high",
      reporterRelation: "family",
      perpetratorRelationship: "neighbour",
    });
    const { version } = await caseRow(id);
    const refused = await cm.post(`/cases/${id}/termination`, { version, signer: SIGNER, feedback: { declined: true } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("consent.guardian_required");
    expect((await caseRow(id)).status).toBe("termination_approved");
    const ok = await cm.post(`/cases/${id}/termination`, {
      version,
      signer: { givenBy: "guardian", guardianName: "Ayah Rahasia", guardianRelationship: "father", signature: SIGNER.signature },
      feedback: { declined: true },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.form).toMatchObject({ signedBy: "guardian", guardianRelationship: "father", feedback: { declined: true } });
    expect(JSON.stringify(ok.body)).not.toContain("Rahasia");
    const [stored] = await rows<{ guardian_name_enc: string }>(
      sql`SELECT guardian_name_enc FROM termination_forms WHERE case_id = ${id}`,
    );
    expect(stored?.guardian_name_enc).not.toContain("Rahasia");
  });

  it("by link: the client signs and answers the survey; the case manager who sent it is the actor of the closing move", async () => {
    const id = await caseAt(true);
    const made = await cm.post(`/cases/${id}/termination-links`, { channel: "manual" });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body.link).toMatchObject({ kind: "termination", state: "pending", purposes: [] });
    for (const word of REVEALING) expect(made.body.message).not.toMatch(word);
    const path = pathOf(made.body.url);
    const form = await page("POST", path, { code: made.body.code });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain("Pernyataan selesai layanan");
    expect(form.body).toContain('name="wouldRecommend"');
    for (const word of REVEALING) expect(form.body).not.toMatch(word);
    const proof = proofOf(form.body);
    const bad = await page("POST", `${path}/submit`, { proof, signatureName: "Dewi Lestari", respectful: "9" });
    expect(bad.statusCode).toBe(400);
    expect((await caseRow(id)).status).toBe("termination_approved");
    const done = await page("POST", `${path}/submit`, {
      proof,
      signatureName: "Dewi Lestari",
      respectful: "5",
      feltSafe: "4",
      comments: "Terima kasih banyak",
    });
    expect(done.statusCode).toBe(200);
    expect(done.headers["set-cookie"]).toBeUndefined();
    expect(await caseRow(id)).toMatchObject({ status: "closed", close_reason: "goals_met" });
    const overview = (await cm.get(`/cases/${id}/termination`)).body;
    expect(overview.forms[0]).toMatchObject({
      method: "link",
      linkId: made.body.link.id,
      recordedBy: { id: cmUser.id },
      feedback: { declined: false, respectful: 5, feltSafe: 4, timelyHelp: null, comments: "Terima kasih banyak" },
    });
    expect(overview.links[0].state).toBe("used");
    const timeline = (await cm.get(`/cases/${id}`)).body.timeline;
    expect(timeline.find((e: { event: string }) => e.event === "complete_termination").actor.id).toBe(cmUser.id);
    const actions = await audits(id);
    const completed = actions.find((a) => a.action === "case.termination_completed");
    expect(completed?.actor_id).toBe(cmUser.id);
    expect(actions.at(-1)).toMatchObject({ action: "termination.form_recorded", actor_id: null, details: { method: "link" } });
    expect((await page("POST", path, { code: made.body.code })).statusCode).toBe(404);
  });

  it("by link, declining the survey; a link whose case moved on does nothing", async () => {
    const id = await caseAt(true);
    const made = (await cm.post(`/cases/${id}/termination-links`, { channel: "manual" })).body;
    const path = pathOf(made.url);
    const proof = proofOf((await page("POST", path, { code: made.code })).body);
    const done = await page("POST", `${path}/submit`, {
      proof,
      signatureName: "Dewi Lestari",
      declineSurvey: "yes",
      respectful: "5",
    });
    expect(done.statusCode).toBe(200);
    const [fb] = await rows<{ declined: boolean; respectful: number | null }>(
      sql`SELECT declined, respectful FROM case_feedback WHERE case_id = ${id}`,
    );
    expect(fb).toEqual({ declined: true, respectful: null });

    // Another case: the link is made, then the case is reopened by someone before the client answers.
    const other = await caseAt(true);
    const late = (await cm.post(`/cases/${other}/termination-links`, { channel: "manual" })).body;
    const latePath = pathOf(late.url);
    const lateProof = proofOf((await page("POST", latePath, { code: late.code })).body);
    await t.ctx.database.db.execute(
      sql`UPDATE cases SET status = 'open', version = version + 1, termination_reason = NULL WHERE id = ${other}`,
    );
    const refused = await page("POST", `${latePath}/submit`, {
      proof: lateProof,
      signatureName: "Dewi Lestari",
      declineSurvey: "yes",
    });
    expect(refused.statusCode).toBe(404);
    expect((await caseRow(other)).status).toBe("open");
    expect(await rows(sql`SELECT id FROM termination_forms WHERE case_id = ${other}`)).toHaveLength(0);
  });
});
