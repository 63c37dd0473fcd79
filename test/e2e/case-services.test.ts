// End to end in Chromium: on an open sexual-violence case the case manager writes an assessment (a concurrent save by the
// supervisor is refused without losing the text), finalises it, plans two interventions for a psychologist and an advocate
// and records the client's agreement; each provider finds theirs under "My work" and records a session (with an
// attachment) but cannot open the other's; the case manager's monitoring shows both sessions and records the police report.
// The unit's head, who manages cases only in another unit, sees a case without the case manager's buttons.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makePartner, makePost, makeUnit, makeUser } from "../../src/demo/factories.js";
import { WALK_IN } from "../helpers/intake-body.js";
import { type LiveServer, launchBrowser, startLiveServer } from "./browser.js";
import { signedIn } from "./intake-form.js";

let server: LiveServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let unitId = "";
let postId = "";
const people: Record<"officer" | "supervisor" | "manager" | "psych" | "advocate" | "head", MadeUser> = {} as never;
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  await server.ctx.database.db.transaction(async (tx) => {
    const unit = await makeUnit(tx, { name: "UPTD PPA Kabupaten Jember", regionCode: "3509" });
    unitId = unit.id;
    postId = (await makePost(tx, unit.id, { name: "Pos Pengaduan Kaliwates" })).id;
    const lbh = await makePartner(tx, unit.id, { name: "LBH Jember", kind: "legal_aid" });
    const make = (displayName: string, role: "intake_officer" | "supervisor" | "case_manager" | "service_provider", more = {}) =>
      makeUser(server.ctx, tx, { displayName, password: "kopi-susu-gula-aren", roles: [{ role, unitId: unit.id }], ...more });
    people.officer = await make("Dewi Lestari", "intake_officer");
    people.supervisor = await make("Bambang Sutrisno", "supervisor");
    people.manager = await make("Nur Hidayati", "case_manager");
    people.psych = await make("Rina Wulandari", "service_provider", { profession: "psikolog" });
    people.advocate = await make("Yusuf Hakim", "service_provider", { profession: "advokat", partnerId: lbh.id });
    // Jember's head also manages cases in Surabaya: the case manager's rights there open none of Jember's cases' work.
    const surabaya = await makeUnit(tx, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" });
    people.head = await makeUser(server.ctx, tx, {
      displayName: "Hartono",
      password: "kopi-susu-gula-aren",
      roles: [
        { role: "head", unitId: unit.id },
        { role: "case_manager", unitId: surabaya.id },
      ],
    });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Calls the API from a signed-in page, as the console does (session cookie, CSRF header). */
async function callApi(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const token = (await page.context().cookies()).find((c) => c.name === "teduh_csrf")?.value ?? "";
  return page.evaluate(
    async ({ method, path, body, token }) => {
      const res = await fetch(`/api/v1${path}`, {
        method,
        headers: { "content-type": "application/json", "x-csrf-token": token },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    },
    { method, path, body, token },
  );
}

/** A sexual-violence walk-in submitted by the officer and approved by the supervisor for the case manager. */
async function openCase(supervisorPage: Page): Promise<string> {
  const officer = await signedIn(browser.browser, server.url, people.officer);
  const report = await callApi(officer.page, "POST", "/reports", {
    ...WALK_IN,
    unitId,
    postId,
    incidentDate: inDays(-3),
    violenceTypes: ["sexual", "psychological"],
  });
  expect(report.status).toBe(201);
  expect((await callApi(officer.page, "POST", `/reports/${report.body.id}/submit`, { version: 1 })).status).toBe(200);
  await officer.context.close();
  const queue = await callApi(supervisorPage, "GET", "/cases/approval-queue");
  const caseId = queue.body[0].id as string;
  const approved = await callApi(supervisorPage, "POST", `/cases/${caseId}/events`, {
    event: "approve",
    version: 1,
    caseManagerId: people.manager.id,
  });
  expect(approved.status).toBe(200);
  return caseId;
}

/** The provider finds their intervention under "My work", records a session with an attachment, and sees it listed. */
async function recordSession(page: Page, service: string, done: string): Promise<string> {
  await page.getByTestId("intervention-home-item").getByRole("link", { name: service }).waitFor();
  await page.getByRole("link", { name: "Pekerjaan saya", exact: true }).click();
  const rows = page.getByTestId("intervention-work-row");
  await rows.first().waitFor();
  await expect.poll(() => rows.count()).toBe(1);
  await rows.getByRole("link", { name: service }).click();
  await page.getByRole("heading", { name: `Intervensi: ${service}` }).waitFor();
  const form = page.getByTestId("intervention-session-form");
  await form.getByLabel("Yang dilakukan").fill(done);
  await form.getByLabel("Hasil yang dicapai").fill("Klien lebih tenang dan memahami langkah berikutnya.");
  await form.getByLabel("Rencana tindak lanjut").fill("Sesi berikutnya dua minggu lagi.");
  await form.locator("input[type=file]").setInputFiles({ name: "catatan-sesi.png", mimeType: "image/png", buffer: PNG });
  await form.getByTestId("intervention-session-save").click();
  const session = page.getByTestId("intervention-session");
  await session.getByText(done).waitFor();
  await session.getByRole("link", { name: /catatan-sesi\.png/ }).waitFor();
  await expect.poll(() => page.getByTestId("intervention-status").textContent()).toBe("Berjalan");
  return new URL(page.url()).pathname.split("/").pop() as string;
}

describe("case services in Chromium", () => {
  it("assessment, plan for two providers, sessions each sees alone, monitoring and the police deadline", async () => {
    const sup = await signedIn(browser.browser, server.url, people.supervisor);
    const caseId = await openCase(sup.page);
    const cm = await signedIn(browser.browser, server.url, people.manager);
    const page = cm.page;

    // Assessment: a draft, saved; the supervisor saves the same version meanwhile; the manager's text survives the 409.
    await page.goto(`${server.url}/console/cases/${caseId}`);
    await page.getByTestId("assessment-tab-button").click();
    await page.getByTestId("assessment-start").click();
    const editor = page.getByTestId("assessment-editor");
    await editor.getByLabel("Psikologis").fill("Klien cemas dan sulit tidur sejak kejadian.");
    await editor.getByLabel("Tingkat risiko").selectOption("high");
    await editor.getByTestId("assessment-save").click();
    await editor.getByText("Tersimpan (versi 2).").waitFor();
    const [draft] = (await callApi(sup.page, "GET", `/cases/${caseId}/assessments`)).body;
    const meanwhile = await callApi(sup.page, "PUT", `/assessments/${draft.id}`, {
      version: 2,
      sections: { psychological: "Catatan supervisor." },
      riskLevel: "high",
    });
    expect(meanwhile.status).toBe(200);
    const mine = "Pelaku tinggal di lingkungan yang sama; klien butuh tempat aman.";
    await editor.getByLabel("Keamanan dan risiko").fill(mine);
    await editor.getByTestId("assessment-save").click();
    await page.getByTestId("assessment-stale").waitFor();
    await expect.poll(() => editor.getByLabel("Keamanan dan risiko").inputValue()).toBe(mine);
    await page.getByTestId("assessment-stale-reload").click();
    await editor.getByText("Tersimpan (versi 3).").waitFor();
    await expect.poll(() => editor.getByLabel("Psikologis").inputValue()).toBe("Catatan supervisor.");
    await editor.getByLabel("Keamanan dan risiko").fill(mine);
    await editor.getByLabel("Kebutuhan dan harapan klien").fill("Pendampingan psikologis dan bantuan hukum.");
    await editor.getByTestId("assessment-finalise").click();
    await page.getByRole("dialog").getByRole("button", { name: "Finalisasi asesmen" }).click();
    await page.getByTestId("assessment-view").getByTestId("assessment-status").getByText("Final").waitFor();
    await page.getByTestId("assessment-view").getByText(mine).waitFor();
    await page.getByText("Risiko: Tinggi").waitFor();
    await page.getByTestId("assessment-revisions-open").click();
    await page.getByTestId("assessment-revisions").getByText("Versi 5").waitFor();
    await page.keyboard.press("Escape");

    // The plan: two interventions for two providers, then the client's agreement.
    await page.getByTestId("plan-tab-button").click();
    await page.getByTestId("plan-edit").click();
    const rows = page.getByTestId("plan-edit-row");
    await rows.nth(0).getByTestId("plan-service-type").selectOption("psychological_support");
    await rows.nth(0).getByTestId("plan-provider").selectOption(people.psych.id);
    await rows.nth(0).getByTestId("plan-target-date").fill(inDays(14));
    await rows.nth(0).getByTestId("plan-goal").fill("Mengurangi kecemasan dan memulihkan pola tidur.");
    await page.getByTestId("plan-add-row").click();
    await rows.nth(1).getByTestId("plan-service-type").selectOption("legal_aid");
    await rows.nth(1).getByTestId("plan-provider").selectOption(people.advocate.id);
    await rows.nth(1).getByTestId("plan-target-date").fill(inDays(30));
    await rows.nth(1).getByTestId("plan-goal").fill("Mendampingi klien membuat laporan polisi dan selama pemeriksaan.");
    await page.getByTestId("plan-save").click();
    await page.getByTestId("plan-table").waitFor();
    await expect.poll(() => page.getByTestId("plan-row").count()).toBe(2);
    await page.getByTestId("plan-table").getByText("Yusuf Hakim (Advokat)").waitFor();
    await page.getByTestId("plan-agree").click();
    await page.getByTestId("plan-agreed-via").selectOption("in_person");
    await page.getByTestId("plan-agree-confirm").click();
    await page.locator('[data-testid="plan-agreement"][data-agreed="true"]').getByText("Disetujui klien").waitFor();
    const ids = await page.getByTestId("plan-row").evaluateAll((els) => els.map((e) => e.getAttribute("data-intervention-id")));

    // Each provider, in their own browser, records a session and cannot open the other's intervention.
    const psych = await signedIn(browser.browser, server.url, people.psych);
    const psychId = await recordSession(psych.page, "Dukungan psikologis", "Konseling individual, teknik relaksasi.");
    const advocate = await signedIn(browser.browser, server.url, people.advocate);
    const advocateId = await recordSession(advocate.page, "Bantuan hukum", "Menyusun kronologi untuk laporan polisi.");
    expect(new Set([psychId, advocateId])).toEqual(new Set(ids));
    await psych.page.goto(`${server.url}/console/interventions/${advocateId}`);
    await psych.page.getByTestId("not-found").waitFor();
    await expect.poll(() => psych.page.getByText("Menyusun kronologi untuk laporan polisi.").count()).toBe(0);
    await advocate.page.goto(`${server.url}/console/interventions/${psychId}`);
    await advocate.page.getByTestId("not-found").waitFor();
    await expect.poll(() => advocate.page.getByText("Konseling individual, teknik relaksasi.").count()).toBe(0);

    // Monitoring: both sessions, the next review, the police-report deadline counting down until recorded.
    await page.getByTestId("monitoring-tab-button").click();
    const monitoring = page.getByTestId("monitoring-table");
    await monitoring.waitFor();
    for (const id of ids) {
      const row = monitoring.locator(`[data-intervention-id="${id}"]`);
      await row.getByTestId("monitoring-row-sessions").getByText("1").waitFor();
    }
    const police = page.getByTestId("monitoring-police");
    await police.getByTestId("monitoring-police-state").getByText("Belum dilaporkan").waitFor();
    await expect.poll(() => police.getByTestId("monitoring-police-left").textContent()).toMatch(/^Sisa waktu 2 hari \d+ jam$/);
    await police.getByTestId("monitoring-police-meet").click();
    await page.getByTestId("monitoring-police-reference").fill("LP/B/123/XI/2026/Polres Jember");
    await page.getByTestId("monitoring-police-confirm").click();
    await police.getByTestId("monitoring-police-state").getByText("Sudah dilaporkan").waitFor();
    await police.getByText(/LP\/B\/123\/XI\/2026/).waitFor();

    // The manager opens a session record from the case; the timeline names the services steps.
    await monitoring.locator(`[data-intervention-id="${psychId}"]`).getByRole("link").click();
    await page.getByTestId("intervention-session").getByText("Konseling individual, teknik relaksasi.").waitFor();
    await page.goto(`${server.url}/console/cases/${caseId}`);
    const timeline = page.getByTestId("case-timeline");
    for (const label of ["Asesmen difinalisasi", "Rencana layanan disetujui klien", "Laporan ke kepolisian dicatat"]) {
      await timeline.getByText(label).waitFor();
    }
    await expect.poll(() => timeline.getByText("Sesi intervensi dicatat").count()).toBe(2);

    for (const c of [psych, advocate, cm, sup]) await c.context.close();
  });

  it("the unit's head, a case manager only in another unit, sees the case but none of the case manager's buttons", async () => {
    const sup = await signedIn(browser.browser, server.url, people.supervisor);
    const caseId = await openCase(sup.page);
    await sup.context.close();
    const head = await signedIn(browser.browser, server.url, people.head);
    const page = head.page;
    await page.goto(`${server.url}/console/cases/${caseId}`);
    await page.getByTestId("case-status").getByText("Berjalan").waitFor();
    // What a head may do in the case's unit: the client's identity, the notes, the case file.
    await page.getByRole("button", { name: "Tampilkan identitas" }).waitFor();
    await page.getByRole("heading", { name: "Catatan kasus" }).waitFor();
    await page.getByTestId("case-file").waitFor();
    // Writing notes, asking for consent, assessing and planning are the case manager's, and only in Surabaya for this head.
    expect(await page.getByLabel("Tulis catatan").count()).toBe(0);
    await page.getByTestId("consent-tab-button").click();
    await page.getByTestId("consent-tab").waitFor();
    expect(await page.getByTestId("consent-request-link").count()).toBe(0);
    expect(await page.getByTestId("consent-record-in-person").count()).toBe(0);
    await page.getByTestId("assessment-tab-button").click();
    await page.getByTestId("assessment-tab").waitFor();
    expect(await page.getByTestId("assessment-start").count()).toBe(0);
    await page.getByTestId("plan-tab-button").click();
    await page.getByTestId("plan-tab").waitFor();
    expect(await page.getByTestId("plan-edit").count()).toBe(0);
    await head.context.close();
  });
});
