// End to end in Chromium: the supervisor's board counts a complaint live, marks the police-report deadline of a sexual-violence
// case (time left, then overdue, then gone once met) and a passed review date, and moves the case between stages live.
import { sql } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "../../bench/http-session.js";
import { makePost, makeUnit, makeUser } from "../../src/demo/factories.js";
import { type LiveServer, launchBrowser, startLiveServer } from "./browser.js";
import { enterWalkIn, type Login, signedIn } from "./intake-form.js";

const POST = "Pos Pengaduan Kaliwates";
const LIVE = { timeout: 15_000 };
let server: LiveServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const people: Record<"officer" | "supervisor" | "manager" | "psychologist", Login & { id: string }> = {} as never;
const CSRF = "board-e2e-csrf-token-0123456789";

beforeAll(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  await server.ctx.database.db.transaction(async (tx) => {
    const unit = await makeUnit(tx, { name: "UPTD PPA Kabupaten Jember", regionCode: "3509" });
    await makePost(tx, unit.id, { name: POST });
    const make = (displayName: string, role: "intake_officer" | "supervisor" | "case_manager" | "service_provider") =>
      makeUser(server.ctx, tx, {
        displayName,
        password: "kopi-susu-gula-aren",
        roles: [{ role, unitId: unit.id }],
        ...(role === "service_provider" ? { profession: "psikolog" as const } : {}),
      });
    people.officer = await make("Rini Puspitasari", "intake_officer");
    people.supervisor = await make("Bambang Sutrisno", "supervisor");
    people.manager = await make("Nur Hidayati", "case_manager");
    people.psychologist = await make("Ratna Kusuma", "service_provider");
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const column = (page: Page, status: string) => page.getByTestId(`board-column-${status}`);
const sqlExec = (query: ReturnType<typeof sql>) => server.ctx.database.db.execute(query);

describe("the case board in Chromium", () => {
  it("counts, police deadline and review flags, overdue counts per stage; updated live", async () => {
    const sup = await signedIn(browser.browser, server.url, people.supervisor);
    await sup.page.goto(`${server.url}/console/cases`);
    await column(sup.page, "awaiting_approval").getByTestId("board-count").getByText("0").waitFor();

    // The officer sends a sexual-violence complaint: it lands on the board without a reload, its police report due.
    const officer = await signedIn(browser.browser, server.url, people.officer);
    await enterWalkIn(officer.page, server.url, POST, "Wulan Sari", ["Seksual"]);
    await officer.page.getByRole("button", { name: "Ajukan ke supervisor" }).click();
    await officer.page.getByTestId("report-status").getByText("Menunggu persetujuan").waitFor();
    await officer.context.close();
    const awaiting = column(sup.page, "awaiting_approval");
    await awaiting.getByTestId("board-count").getByText("1").waitFor(LIVE);
    await awaiting.getByText(/^Pelaporan ke polisi: sisa 2 hari 23 jam|^Pelaporan ke polisi: sisa 3 hari 0 jam/).waitFor();
    await expect.poll(() => awaiting.getByTestId("board-overdue").count()).toBe(0);

    // Eighty hours later the deadline has passed: the card and the column say so.
    const [row] = (
      (await sqlExec(sql`SELECT id, report_id FROM cases LIMIT 1`)) as unknown as { rows: { id: string; report_id: string }[] }
    ).rows;
    const caseId = row?.id as string;
    await sqlExec(sql`UPDATE reports SET created_at = now() - interval '80 hours' WHERE id = ${row?.report_id}`);
    await sup.page.reload();
    await awaiting.getByTestId("board-overdue").getByText("1 terlambat").waitFor();
    await awaiting.getByText("Pelaporan ke polisi terlambat").waitFor();
    await sup.page.getByTestId("case-list").getByText("Pelaporan ke polisi terlambat").waitFor();

    // Approved (in another session): the case moves to "Berjalan" live, still late with the police.
    const api = async (who: Login, path: string, body: unknown, method = "POST") => {
      const session = await signIn(server.url, who.username, who.password);
      const res = await fetch(`${server.url}/api/v1${path}`, {
        method,
        headers: { "content-type": "application/json", cookie: `teduh_csrf=${CSRF}; ${session}`, "x-csrf-token": CSRF },
        body: JSON.stringify(body),
      });
      expect(res.status, await res.text()).toBeLessThan(300);
    };
    await api(people.supervisor, `/cases/${caseId}/events`, { event: "approve", version: 1, caseManagerId: people.manager.id });
    const open = column(sup.page, "open");
    await open.getByTestId("board-count").getByText("1").waitFor(LIVE);
    await open.getByText("Pelaporan ke polisi terlambat").waitFor();
    await awaiting.getByTestId("board-count").getByText("0").waitFor();

    // The case manager records the police report: the mark goes, live.
    await api(people.manager, `/cases/${caseId}/police-report/meet`, { reference: "LP/B/45/XI/2026/Polres Jember" });
    await open.getByText("Pelaporan ke polisi terlambat").waitFor({ state: "detached", ...LIVE });
    await expect.poll(() => open.getByTestId("board-overdue").count()).toBe(0);

    // The review date passes; the next event on the case (a note) refreshes the board.
    await sqlExec(sql`UPDATE cases SET next_review_at = now() - interval '1 day' WHERE id = ${caseId}`);
    await api(people.manager, `/cases/${caseId}/notes`, { content: "Klien datang kontrol." });
    await open.getByText("Tinjauan kasus terlambat").waitFor(LIVE);
    await open.getByTestId("board-overdue").getByText("1 terlambat").waitFor();
    await sup.page.getByTestId("case-list").getByText("Tinjauan kasus terlambat").waitFor();
    await sup.context.close();

    // A psychologist on their home page is told of the intervention given to them, and their list fills, live.
    const psych = await signedIn(browser.browser, server.url, people.psychologist);
    await psych.page.getByTestId("intervention-home").waitFor();
    await expect.poll(() => psych.page.getByTestId("intervention-home-item").count()).toBe(0);
    const plan = {
      serviceType: "psychological_support",
      providerId: people.psychologist.id,
      targetDate: "2099-01-31",
      goal: "Pemulihan trauma",
    };
    await api(people.manager, `/cases/${caseId}/service-plan`, { version: 0, interventions: [plan] }, "PUT");
    await psych.page.getByText("Intervensi baru untuk Anda").waitFor(LIVE);
    await psych.page.getByTestId("intervention-home-item").first().waitFor();
    await psych.context.close();
  });
});
