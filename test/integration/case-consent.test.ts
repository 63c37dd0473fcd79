// Informed consent through the API and the client's link pages: code, wrong codes, one use, expiry, revocation,
// in person for an adult and for a child (guardian required), withdrawal on the case, sealing, audit and live events.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makePartner, makePost, makeUnit, makeUser, type UserSpec } from "../../src/demo/factories.js";
import { unseal } from "../../src/modules/reports/identity.js";
import { Client } from "../helpers/client.js";
import { WALK_IN } from "../helpers/intake-body.js";
import { REVEALING } from "../helpers/neutral-words.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const CHILD = {
  category: "child",
  victimName: "Anak Rahasia",
  victimBirthDate: "2013-04-17",
  victimNik: "3509015704130001",
  victimMaritalStatus: "unmarried",
  victimOccupation: "student",
  victimEducation: "junior_high",
  reporterRelation: "family",
  perpetratorRelationship: "neighbour",
};
const ALL = ["case_handling", "partner_sharing", "national_reporting"];

describe.each(DATABASES)("informed consent on %s", (kind) => {
  let t: TestApp;
  let jember: string;
  let post: string;
  let partner: string;
  let cmUser: MadeUser;
  let officer: Client;
  let supervisor: Client;
  let cm: Client;
  let colleague: Client;
  const notified: { type: string; id?: string; data?: Record<string, unknown> }[] = [];
  let stopListening: () => Promise<void>;

  const staff = (roles: UserSpec["roles"]) => makeUser(t.ctx, t.ctx.database.db, { roles });
  const signedIn = async (u: MadeUser, lang: "id" | "en" = "id") => {
    const c = new Client(t.app, lang);
    expect((await c.signIn(u.username, u.password)).status).toBe(200);
    return c;
  };
  const rows = async <T>(query: ReturnType<typeof sql>) =>
    ((await t.ctx.database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const audits = (caseId: string) =>
    rows<{ action: string; actor_id: string | null; details: Record<string, unknown> }>(
      sql`SELECT action, actor_id, details FROM audit_events WHERE target_id = ${caseId} ORDER BY seq`,
    );
  const openCase = async (over: Record<string, unknown> = {}) => {
    const created = await officer.post("/reports", { ...WALK_IN, unitId: jember, postId: post, ...over });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await officer.post(`/reports/${created.body.id}/submit`, { version: 1 })).status).toBe(200);
    const [row] = await rows<{ id: string; version: number }>(
      sql`SELECT id, version FROM cases WHERE report_id = ${created.body.id}`,
    );
    const res = await supervisor.post(`/cases/${row?.id}/events`, {
      version: row?.version,
      event: "approve",
      caseManagerId: cmUser.id,
    });
    expect(res.status).toBe(200);
    return row?.id as string;
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
  const consentLink = async (caseId: string, body: Record<string, unknown> = {}) => {
    const res = await cm.post(`/cases/${caseId}/consent-links`, {
      purposes: ALL,
      partnerIds: [partner],
      channel: "manual",
      ...body,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { link: { id: string; state: string }; code: string; url: string; message: string; qrSvg: string };
  };
  const waitNotified = async (pred: (e: (typeof notified)[number]) => boolean) => {
    for (let i = 0; i < 500 && !notified.some(pred); i++) await new Promise((r) => setTimeout(r, 10));
    return notified.find(pred);
  };

  beforeAll(async () => {
    t = await startTestApp(kind, { linkUrl: "https://cek.example.id" });
    const db = t.ctx.database.db;
    jember = (await makeUnit(db)).id;
    post = (await makePost(db, jember)).id;
    partner = (await makePartner(db, jember)).id;
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

  it("a consent link: neutral message, QR code and a code shown once; only hashes stored; the case's timeline shows it", async () => {
    const caseId = await openCase();
    const made = await consentLink(caseId);
    expect(made.code).toMatch(/^\d{6}$/);
    expect(made.url).toMatch(/^https:\/\/cek\.example\.id\/s\/[A-Za-z0-9_-]{43}$/);
    expect(made.qrSvg).toMatch(/^<svg/);
    expect(made.message).toContain(made.url);
    for (const word of REVEALING) expect(made.message).not.toMatch(word);
    expect(made.link.state).toBe("pending");
    const [stored] = await rows<{ token_hash: string; code_hash: string }>(
      sql`SELECT token_hash, code_hash FROM client_link_requests WHERE id = ${made.link.id}`,
    );
    expect(stored?.token_hash).not.toContain(new URL(made.url).pathname.split("/")[2]);
    expect(stored?.code_hash).not.toContain(made.code);
    const detail = await cm.get(`/cases/${caseId}`);
    expect(detail.body.timeline.map((e: { event: string }) => e.event)).toContain("client_link_created");
    expect((await audits(caseId)).map((a) => a.action)).toContain("client_link.created");
    // Sending it marks it sent, once.
    expect((await cm.post(`/client-links/${made.link.id}/sent`)).body.state).toBe("sent");
    expect((await cm.post(`/client-links/${made.link.id}/sent`)).status).toBe(409);
  });

  it("the client opens the link with the code, agrees per purpose and signs; the link then works no more", async () => {
    const caseId = await openCase();
    const made = await consentLink(caseId);
    const path = pathOf(made.url);
    const opened = await page("GET", path);
    expect(opened.statusCode).toBe(200);
    expect(opened.headers["set-cookie"]).toBeUndefined();
    expect(opened.headers["cache-control"]).toBe("no-store");
    for (const word of REVEALING) expect(opened.body).not.toMatch(word);

    const wrong = await page("POST", path, { code: made.code === "000000" ? "000001" : "000000" });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain("Sisa percobaan: 4");
    const form = await page("POST", path, { code: made.code });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain("Berbagi data dengan lembaga mitra");
    expect(form.body).toContain("Unit PPA Polres Jember"); // the partner named in the sharing text
    expect(form.body).not.toContain("Dewi");
    expect(form.body).not.toContain("guardianName"); // an adult signs herself
    const proof = proofOf(form.body);
    expect(proof).toBeTruthy();

    const missing = await page("POST", `${path}/submit`, { proof, agree_case_handling: "yes" });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain("Wajib diisi.");
    const done = await page("POST", `${path}/submit`, {
      proof,
      agree_case_handling: "yes",
      agree_national_reporting: "yes",
      signatureName: "Dewi Lestari",
    });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain("Terima kasih");
    expect(done.headers["set-cookie"]).toBeUndefined();

    const overview = await cm.get(`/cases/${caseId}/consent`);
    expect(overview.status).toBe(200);
    expect(overview.body.guardianRequired).toBe(false);
    const state = Object.fromEntries(overview.body.current.map((c: { purpose: string; state: string }) => [c.purpose, c.state]));
    expect(state).toEqual({ case_handling: "granted", partner_sharing: "refused", national_reporting: "granted" });
    expect(overview.body.history[0]).toMatchObject({
      method: "link",
      givenBy: "client",
      signatureKind: "typed",
      linkId: made.link.id,
    });
    expect(overview.body.history[0].recordedBy.id).toBe(cmUser.id);
    expect(overview.body.links[0]).toMatchObject({ id: made.link.id, state: "used" });
    expect(JSON.stringify(overview.body)).not.toContain("Dewi");
    const [sealed] = await rows<{ signature_enc: string }>(
      sql`SELECT signature_enc FROM consent_records WHERE case_id = ${caseId} LIMIT 1`,
    );
    expect(sealed?.signature_enc).not.toContain("Dewi");

    const actions = await audits(caseId);
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(["client_link.code_failed", "client_link.opened", "consent.recorded"]),
    );
    expect(JSON.stringify(actions)).not.toContain("Dewi");
    const timeline = (await cm.get(`/cases/${caseId}`)).body.timeline;
    const step = timeline.find((e: { event: string }) => e.event === "consent_recorded");
    expect(step).toMatchObject({
      details: { method: "link", granted: "case_handling,national_reporting", refused: "partner_sharing" },
    });
    expect(
      await waitNotified((e) => e.type === "case.changed" && e.id === caseId && e.data?.step === "consent_recorded"),
    ).toBeTruthy();

    // Once only.
    expect((await page("GET", path)).statusCode).toBe(404);
    expect((await page("POST", path, { code: made.code })).statusCode).toBe(404);
    expect((await page("POST", `${path}/submit`, { proof, agree_case_handling: "yes", signatureName: "X Y" })).statusCode).toBe(
      404,
    );
    expect(await rows(sql`SELECT id FROM consent_records WHERE case_id = ${caseId}`)).toHaveLength(3);
  });

  it("five wrong codes kill a link; an expired or revoked link does not open", async () => {
    const caseId = await openCase();
    const made = await consentLink(caseId, { purposes: ["case_handling"], partnerIds: [] });
    const path = pathOf(made.url);
    const bad = made.code === "111111" ? "222222" : "111111";
    for (let i = 4; i >= 1; i--) expect((await page("POST", path, { code: bad })).body).toContain(`Sisa percobaan: ${i}`);
    expect((await page("POST", path, { code: bad })).statusCode).toBe(404);
    expect((await page("POST", path, { code: made.code })).statusCode).toBe(404);
    expect((await cm.get(`/cases/${caseId}/consent`)).body.links[0].state).toBe("expired");

    const late = await consentLink(caseId, { purposes: ["case_handling"], partnerIds: [] });
    await t.ctx.database.db.execute(
      sql`UPDATE client_link_requests SET expires_at = now() - interval '1 minute' WHERE id = ${late.link.id}`,
    );
    expect((await page("GET", pathOf(late.url))).statusCode).toBe(404);
    expect((await page("POST", pathOf(late.url), { code: late.code })).statusCode).toBe(404);

    const revoked = await consentLink(caseId, { purposes: ["case_handling"], partnerIds: [] });
    const res = await cm.post(`/client-links/${revoked.link.id}/revoke`);
    expect(res.status).toBe(200);
    expect(res.body.state).toBe("revoked");
    expect((await cm.post(`/client-links/${revoked.link.id}/revoke`)).status).toBe(409);
    expect((await page("POST", pathOf(revoked.url), { code: revoked.code })).statusCode).toBe(404);
    expect((await audits(caseId)).map((a) => a.action)).toContain("client_link.revoked");
    expect(await rows(sql`SELECT id FROM consent_records WHERE case_id = ${caseId}`)).toHaveLength(0);
  });

  it("in person for an adult: decisions per purpose, typed or drawn signature, partners of the unit only", async () => {
    const caseId = await openCase();
    const signer = { givenBy: "client", signature: { kind: "typed", name: "Dewi Lestari" } };
    const noPartner = await cm.post(`/cases/${caseId}/consent`, {
      decisions: [{ purpose: "partner_sharing", granted: true }],
      signer,
    });
    expect(noPartner.status).toBe(400);
    expect(noPartner.body.error.code).toBe("consent.partners_required");
    const stranger = await cm.post(`/cases/${caseId}/consent`, {
      decisions: [{ purpose: "partner_sharing", granted: true }],
      partnerIds: [crypto.randomUUID()],
      signer,
    });
    expect(stranger.body.error.code).toBe("consent.partner_invalid");
    const twice = await cm.post(`/cases/${caseId}/consent`, {
      decisions: [
        { purpose: "case_handling", granted: true },
        { purpose: "case_handling", granted: false },
      ],
      signer,
    });
    expect(twice.body.error.code).toBe("consent.purpose_duplicate");
    const badDrawing = await cm.post(`/cases/${caseId}/consent`, {
      decisions: [{ purpose: "case_handling", granted: true }],
      signer: { givenBy: "client", signature: { kind: "drawn", dataUrl: "data:image/svg+xml;base64,PHN2Zz4=" } },
    });
    expect(badDrawing.status).toBe(400);
    expect(await rows(sql`SELECT id FROM consent_records WHERE case_id = ${caseId}`)).toHaveLength(0);

    const res = await cm.post(`/cases/${caseId}/consent`, {
      decisions: ALL.map((purpose) => ({ purpose, granted: true })),
      partnerIds: [partner],
      signer: { givenBy: "client", signature: { kind: "drawn", dataUrl: "data:image/png;base64,iVBORw0KGgo=" } },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.current.every((c: { state: string }) => c.state === "granted")).toBe(true);
    expect(res.body.current.find((c: { purpose: string }) => c.purpose === "partner_sharing").partnerIds).toEqual([partner]);
    expect(res.body.history[0]).toMatchObject({ method: "in_person", signatureKind: "drawn", recordedBy: { id: cmUser.id } });
    const [audit] = (await audits(caseId)).filter((a) => a.action === "consent.recorded");
    expect(audit).toMatchObject({ actor_id: cmUser.id, details: { method: "in_person", givenBy: "client" } });
  });

  it("a child's consent must come from a parent or guardian, with name (sealed) and relationship, in person and by link", async () => {
    const caseId = await openCase(CHILD);
    const decisions = [{ purpose: "case_handling", granted: true }];
    const refused = await cm.post(`/cases/${caseId}/consent`, {
      decisions,
      signer: { givenBy: "client", signature: { kind: "typed", name: "Anak Rahasia" } },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("consent.guardian_required");
    expect(refused.body.error.message).toContain("orang tua atau wali");
    const nameless = await cm.post(`/cases/${caseId}/consent`, {
      decisions,
      signer: { givenBy: "guardian", guardianRelationship: "mother", signature: { kind: "typed", name: "Ibu Rahasia" } },
    });
    expect(nameless.status).toBe(400);
    expect(nameless.body.error.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: "signer.guardianName" })]),
    );
    const ok = await cm.post(`/cases/${caseId}/consent`, {
      decisions,
      signer: {
        givenBy: "guardian",
        guardianName: "Ibu Rahasia",
        guardianRelationship: "mother",
        signature: { kind: "typed", name: "Ibu Rahasia" },
      },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.guardianRequired).toBe(true);
    expect(ok.body.history[0]).toMatchObject({ givenBy: "guardian", guardianRelationship: "mother" });
    expect(JSON.stringify(ok.body)).not.toContain("Rahasia");
    const [stored] = await rows<{ guardian_name_enc: string }>(
      sql`SELECT guardian_name_enc FROM consent_records WHERE case_id = ${caseId}`,
    );
    expect(stored?.guardian_name_enc).toBeTruthy();
    expect(stored?.guardian_name_enc).not.toContain("Rahasia");

    // By link: the page asks for the guardian and never shows the child's identity.
    const made = await consentLink(caseId, { purposes: ["national_reporting"], partnerIds: [] });
    const path = pathOf(made.url);
    const form = await page("POST", path, { code: made.code });
    expect(form.body).toContain('name="guardianName"');
    expect(form.body).not.toContain("Rahasia");
    expect(form.body).not.toContain("3509015704130001");
    const proof = proofOf(form.body);
    const noGuardian = await page("POST", `${path}/submit`, {
      proof,
      agree_national_reporting: "yes",
      signatureName: "Ibu Rahasia",
    });
    expect(noGuardian.statusCode).toBe(400);
    expect(noGuardian.body).toContain('id="guardianName-error"');
    const done = await page("POST", `${path}/submit`, {
      proof,
      agree_national_reporting: "yes",
      guardianName: "Ibu Rahasia",
      guardianRelationship: "mother",
      signatureName: "Ibu Rahasia",
    });
    expect(done.statusCode).toBe(200);
    const overview = (await cm.get(`/cases/${caseId}/consent`)).body;
    expect(overview.history[0]).toMatchObject({ purpose: "national_reporting", givenBy: "guardian", method: "link" });
  });

  it("withdrawal shows on the case; only a current grant can be withdrawn; the reason is sealed", async () => {
    const caseId = await openCase();
    await cm.post(`/cases/${caseId}/consent`, {
      decisions: [
        { purpose: "case_handling", granted: true },
        { purpose: "national_reporting", granted: false },
      ],
      signer: { givenBy: "client", signature: { kind: "typed", name: "Dewi Lestari" } },
    });
    expect((await cm.post(`/cases/${caseId}/consent/withdraw`, { purpose: "national_reporting", reason: "x" })).status).toBe(409);
    const res = await cm.post(`/cases/${caseId}/consent/withdraw`, { purpose: "case_handling", reason: "Pindah ke kota lain" });
    expect(res.status).toBe(200);
    const handling = res.body.current.find((c: { purpose: string }) => c.purpose === "case_handling");
    expect(handling.state).toBe("withdrawn");
    expect(res.body.history.find((h: { purpose: string }) => h.purpose === "case_handling").withdrawnBy.id).toBe(cmUser.id);
    expect((await cm.post(`/cases/${caseId}/consent/withdraw`, { purpose: "case_handling", reason: "lagi" })).status).toBe(409);
    const en = await signedIn(cmUser, "en");
    const again = await en.post(`/cases/${caseId}/consent/withdraw`, { purpose: "case_handling", reason: "again" });
    expect(again.body.error.message).toBe("This purpose is not currently granted, so there is nothing to withdraw.");
    const timeline = (await cm.get(`/cases/${caseId}`)).body.timeline;
    expect(timeline.find((e: { event: string }) => e.event === "consent_withdrawn")).toMatchObject({
      details: { purpose: "case_handling" },
      toStatus: "open",
    });
    const [stored] = await rows<{ withdrawal_reason_enc: string }>(
      sql`SELECT withdrawal_reason_enc FROM consent_records WHERE case_id = ${caseId} AND purpose = 'case_handling'`,
    );
    expect(stored?.withdrawal_reason_enc).not.toContain("Pindah");
    const actions = await audits(caseId);
    expect(actions.filter((a) => a.action === "consent.withdrawn")).toHaveLength(1);
    expect(JSON.stringify(actions)).not.toContain("Pindah");
    expect(await waitNotified((e) => e.id === caseId && e.data?.step === "consent_withdrawn")).toBeTruthy();
  });

  it("only those who may work the case: another case manager sees nothing, an intake officer may not, a supervisor may", async () => {
    const caseId = await openCase();
    expect((await colleague.get(`/cases/${caseId}/consent`)).status).toBe(404);
    expect((await colleague.post(`/cases/${caseId}/consent-links`, { purposes: ALL, channel: "manual" })).status).toBe(404);
    expect((await officer.post(`/cases/${caseId}/consent-links`, { purposes: ALL, channel: "manual" })).status).toBe(403);
    const bySupervisor = await supervisor.post(`/cases/${caseId}/consent-links`, {
      purposes: ["case_handling"],
      channel: "manual",
    });
    expect(bySupervisor.status).toBe(201);
    expect((await colleague.post(`/client-links/${bySupervisor.body.link.id}/revoke`)).status).toBe(404);
    // Not before approval: a complaint awaiting approval has no consent to ask yet.
    const created = await officer.post("/reports", { ...WALK_IN, unitId: jember, postId: post });
    await officer.post(`/reports/${created.body.id}/submit`, { version: 1 });
    const [waiting] = await rows<{ id: string }>(sql`SELECT id FROM cases WHERE report_id = ${created.body.id}`);
    const early = await supervisor.post(`/cases/${waiting?.id}/consent-links`, {
      purposes: ["case_handling"],
      channel: "manual",
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("consent.wrong_status");
  });
});

describe.each(DATABASES)("consent links through the outbox on %s", (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(kind, { whatsappUrl: "http://127.0.0.1:9/wa" });
  });
  afterAll(() => t.close());

  it("the neutral message leaves through the outbox to the client's phone on file; revoking withdraws it; no SMS transport", async () => {
    const db = t.ctx.database.db;
    const unitId = (await makeUnit(db)).id;
    const postId = (await makePost(db, unitId)).id;
    const signed = async (role: "intake_officer" | "supervisor" | "case_manager") => {
      const u = await makeUser(t.ctx, db, { roles: [{ role, unitId }] });
      const c = new Client(t.app);
      await c.signIn(u.username, u.password);
      return { u, c };
    };
    const officer = await signed("intake_officer");
    const supervisor = await signed("supervisor");
    const cm = await signed("case_manager");
    const created = await officer.c.post("/reports", { ...WALK_IN, unitId, postId });
    await officer.c.post(`/reports/${created.body.id}/submit`, { version: 1 });
    const found = (await db.execute(sql`SELECT id, version FROM cases WHERE report_id = ${created.body.id}`)) as unknown as {
      rows: { id: string; version: number }[];
    };
    const caseRow = found.rows[0] as { id: string; version: number };
    await supervisor.c.post(`/cases/${caseRow.id}/events`, {
      version: caseRow.version,
      event: "approve",
      caseManagerId: cm.u.id,
    });

    const sms = await cm.c.post(`/cases/${caseRow.id}/consent-links`, { purposes: ["case_handling"], channel: "sms" });
    expect(sms.status).toBe(400);
    expect(sms.body.error.code).toBe("consent.transport_unavailable");
    const res = await cm.c.post(`/cases/${caseRow.id}/consent-links`, { purposes: ["case_handling"], channel: "whatsapp" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ delivery: "outbox", url: null, message: null, qrSvg: null });
    const outbox = (await db.execute(
      sql`SELECT recipient_enc, body_enc, status FROM outbox_messages WHERE related_type = 'client_link' AND related_id = ${res.body.link.id}`,
    )) as unknown as { rows: { recipient_enc: string; body_enc: string; status: string }[] };
    const message = outbox.rows[0] as { recipient_enc: string; body_enc: string; status: string };
    expect(unseal(t.ctx.cipher, "outbox_recipient", message.recipient_enc)).toBe("0812-1111-2222");
    const text = unseal(t.ctx.cipher, "outbox_body", message.body_enc) as string;
    expect(text).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);
    for (const word of REVEALING) expect(text).not.toMatch(word);
    expect(text).not.toContain(res.body.code);
    expect((await cm.c.post(`/client-links/${res.body.link.id}/revoke`)).status).toBe(200);
    const after = (await db.execute(
      sql`SELECT status FROM outbox_messages WHERE related_id = ${res.body.link.id}`,
    )) as unknown as { rows: { status: string }[] };
    expect(after.rows[0]?.status).toBe("cancelled");
  });
});
