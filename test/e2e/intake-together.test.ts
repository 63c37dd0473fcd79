// End to end in Chromium: two officers on one complaint. A decision or intake form that lost the race is told (never written
// over the winner's) and the page catches up; what one officer or the victim does to a verification link or visit shows on
// the other's open page; a revoked link's card goes; a visit's outcome recorded twice keeps the second one's typing, and
// cancelling one visit makes only its own button wait.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makePost, makeUnit, makeUser } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { updateOutreach } from "../../src/modules/reports/outreach/update-outreach.js";
import { outreachVisits } from "../../src/modules/reports/schema.js";
import { type LiveServer, launchBrowser, startLiveServer } from "./browser.js";
import { type Login, signedIn as signedInAt } from "./intake-form.js";

let server: LiveServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const officers: MadeUser[] = [];
let unitId = "";

beforeAll(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  await server.ctx.database.db.transaction(async (tx) => {
    const unit = await makeUnit(tx, { name: "UPTD PPA Kabupaten Jember", regionCode: "3509" });
    unitId = unit.id;
    await makePost(tx, unit.id, { name: "Pos Pengaduan Kaliwates" });
    for (const name of ["Dewi Lestari", "Rina Marlina"]) {
      officers.push(
        await makeUser(server.ctx, tx, {
          displayName: name,
          password: "teh-manis-hangat-sore",
          roles: [{ role: "intake_officer", unitId: unit.id }],
        }),
      );
    }
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** An officer's page open on the complaint; `deaf`: its live stream cut from the start. */
async function onComplaint(
  officer: Login,
  reportId: string,
  code: string,
  deaf = false,
): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await signedInAt(browser.browser, server.url, officer);
  if (deaf) await opened.context.route("**/api/v1/events", (route) => route.abort());
  await opened.page.goto(`${server.url}/console/intake/reports/${reportId}`);
  await opened.page.getByRole("heading", { name: `Pengaduan ${code}` }).waitFor();
  return opened;
}

const status = (page: Page) => page.getByTestId("report-status");

/** A complaint in intake with a visit planned for each of `team` (one member each, a day apart in 2030). */
async function withVisits(team: MadeUser[]) {
  const db = server.ctx.database.db;
  const report = await makeReport(server.ctx, db, { unitId, status: "in_intake", channel: "walk_in" });
  const visits: string[] = [];
  for (const [i, member] of team.entries()) {
    const [visit] = await db
      .insert(outreachVisits)
      .values({
        reportId: report.id,
        scheduledFor: new Date(Date.UTC(2030, 2, 5 + i, 2, 30)),
        teamUserIds: [member.id],
        createdBy: member.id,
      })
      .returning({ id: outreachVisits.id });
    visits.push(visit?.id as string);
  }
  return { report, visits };
}

/** Opens the visit's dialog, picks the outcome and types the notes; returns the dialog. */
async function typeOutcome(page: Page, outcome: string, notes?: string) {
  await page.getByTestId("outreach-visit").getByRole("button", { name: "Catat hasil" }).click();
  const dialog = page.getByRole("dialog", { name: "Hasil kunjungan" });
  await dialog.getByRole("combobox", { name: "Hasil" }).click();
  await page.getByRole("option", { name: outcome }).click();
  if (notes) await dialog.getByLabel("Catatan").fill(notes);
  return dialog;
}

describe("two officers on one complaint", () => {
  it("the officer whose decision lost the race is told so, their page shows the colleague's decision, and their note stays", async () => {
    const report = await makeReport(server.ctx, server.ctx.database.db, { unitId });
    const first = await onComplaint(officers[0] as Login, report.id, report.trackingCode);
    // The second officer's live stream is cut: both decide in the same moment, before either hears of the other.
    const second = await onComplaint(officers[1] as Login, report.id, report.trackingCode, true);
    const decide = second.page.locator("section", { has: second.page.getByRole("heading", { name: "Keputusan" }) });
    const note = decide.getByLabel("Catatan");
    await note.fill("Penelepon yang sama sudah tiga kali melapor palsu.");

    await first.page.getByRole("button", { name: "Terima ke penerimaan" }).click();
    await expect.poll(() => status(first.page).textContent()).toBe("Dalam penerimaan");

    await decide.getByRole("button", { name: "Tandai bukan kasus" }).click();
    await second.page
      .getByRole("dialog", { name: "Tutup sebagai bukan kasus?" })
      .getByRole("button", { name: "Tandai bukan kasus" })
      .click();
    // Told in words of the console, in a notice that stays; not asked to reload (which would lose the note).
    const notice = second.page.getByRole("alert").filter({ hasText: "Petugas lain baru saja mengubah pengaduan ini" });
    await notice.getByText("Keputusan Anda belum tersimpan.", { exact: false }).waitFor();
    expect(await second.page.getByText("Muat ulang", { exact: false }).count()).toBe(0);
    // The page shows the colleague's decision without a reload, and the note is still there.
    await expect.poll(() => status(second.page).textContent()).toBe("Dalam penerimaan");
    expect(await note.inputValue()).toBe("Penelepon yang sama sudah tiga kali melapor palsu.");
    // Deciding again now works on the complaint as it is.
    await decide.getByRole("button", { name: "Tandai bukan kasus" }).click();
    await second.page
      .getByRole("dialog", { name: "Tutup sebagai bukan kasus?" })
      .getByRole("button", { name: "Tandai bukan kasus" })
      .click();
    await expect.poll(() => status(second.page).textContent()).toBe("Bukan kasus");
    await first.context.close();
    await second.context.close();
  });

  it("the victim's correction (link used, identity shown) and a colleague's visit show on the other officer's open complaint without a reload", async () => {
    const report = await makeReport(server.ctx, server.ctx.database.db, { unitId, status: "in_intake", channel: "walk_in" });
    const first = await onComplaint(officers[0] as Login, report.id, report.trackingCode);
    const second = await onComplaint(officers[1] as Login, report.id, report.trackingCode);
    const panel = first.page.getByTestId("verification-panel");
    await panel.getByRole("button", { name: "Buat tautan" }).click();
    const created = first.page.getByTestId("created-link");
    const code = ((await created.getByTestId("verification-code").textContent()) ?? "").trim();
    const url = await created.getByLabel("Tautan").inputValue();
    // The colleague's open page lists the new link at once (its live event), then that it was sent.
    const theirs = second.page.getByTestId("verification-panel").getByTestId("verification-link").first();
    await theirs.getByText("Belum terkirim", { exact: true }).waitFor({ timeout: 15_000 });
    await created.getByRole("button", { name: "Tandai terkirim" }).click();
    await created.getByRole("button", { name: "Sudah ditandai terkirim" }).waitFor();
    await theirs.getByText("Terkirim", { exact: true }).waitFor({ timeout: 15_000 });
    // The officer has the victim's identity on screen, ready to call.
    await first.page.getByRole("button", { name: "Tampilkan identitas" }).click();
    const identity = first.page.getByTestId("identity");
    await identity.getByText("Siti Aminah", { exact: true }).waitFor();
    await first.page.evaluate(() => {
      (globalThis as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    // The victim confirms on their phone (JavaScript off).
    const phone = await browser.browser.newContext({ javaScriptEnabled: false, locale: "id-ID" });
    const victim = await phone.newPage();
    await victim.goto(url);
    await victim.getByLabel("Kode").fill(code);
    await victim.getByRole("button", { name: "Lanjut" }).click();
    await victim.getByLabel("Nama").fill("Siti Aminah Rahayu");
    await victim.getByRole("button", { name: "Simpan perbaikan" }).click();
    await victim.getByRole("heading", { name: "Terima kasih" }).waitFor();
    await phone.close();
    // The officer waiting on the complaint sees the link used, and its card (link, code, QR code) gone.
    await panel.getByTestId("verification-link").first().getByText("Dipakai", { exact: false }).waitFor({ timeout: 15_000 });
    await created.waitFor({ state: "detached" });
    // The identity on screen is the corrected one (read again, and logged again), not the name as it was.
    await identity.getByText("Siti Aminah Rahayu", { exact: true }).waitFor();

    // A colleague plans a visit with her: it is listed on the first officer's page too.
    const form = second.page.getByTestId("schedule-visit");
    await form.getByLabel("Waktu kunjungan (WIB)").fill("2030-03-05T09:30");
    await form.getByRole("combobox", { name: "Tim" }).click();
    await second.page.getByRole("option", { name: "Dewi Lestari" }).click();
    await second.page.keyboard.press("Escape");
    await form.getByRole("button", { name: "Jadwalkan" }).click();
    await second.page.getByTestId("outreach-visit").getByText("Terjadwal").waitFor();
    const visit = first.page.getByTestId("outreach-visit").filter({ hasText: "Dewi Lestari" });
    await visit.getByText("Terjadwal").waitFor({ timeout: 15_000 });
    expect(await visit.textContent()).toContain("5 Mar 2030, 09.30 WIB");
    expect(await first.page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await first.context.close();
    await second.context.close();
  });

  it("revoking the link just made takes away its card; its buttons wait while the revocation is on its way", async () => {
    const report = await makeReport(server.ctx, server.ctx.database.db, { unitId, status: "in_intake", channel: "walk_in" });
    const { page, context } = await onComplaint(officers[0] as Login, report.id, report.trackingCode);
    const panel = page.getByTestId("verification-panel");
    await panel.getByRole("button", { name: "Buat tautan" }).click();
    const created = page.getByTestId("created-link");
    await created.getByLabel("Tautan").waitFor();
    // The revocation is held on its way, as on a slow connection.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await context.route("**/api/v1/verification-links/*/revoke", async (route) => {
      await held;
      await route.continue();
    });
    const card = panel.getByTestId("verification-link").first();
    await card.getByRole("button", { name: "Cabut" }).click();
    await expect.poll(() => card.getByRole("button", { name: "Cabut" }).isDisabled()).toBe(true);
    expect(await card.getByRole("button", { name: "Tandai terkirim" }).isDisabled()).toBe(true);
    release();
    await card.getByText("Dicabut").waitFor();
    // Its link, code and QR code are gone: nobody sends a link that no longer opens.
    await created.waitFor({ state: "detached" });
    expect(await page.getByRole("img", { name: /QR/ }).count()).toBe(0);
    await context.close();
  });

  it("two officers on one intake form: the second save is refused, not written over the first; the typed form stays until reloaded", async () => {
    const report = await makeReport(server.ctx, server.ctx.database.db, { unitId, status: "in_intake", channel: "phone" });
    const edit = `${server.url}/console/intake/reports/${report.id}/edit`;
    const heading = `Formulir penerimaan ${report.trackingCode}`;
    const first = await signedInAt(browser.browser, server.url, officers[0] as Login);
    await first.page.goto(edit);
    await first.page.getByRole("heading", { name: heading }).waitFor();
    // Meanwhile a colleague fills in the victim's needs and saves (the first officer's page hears of it live).
    const second = await signedInAt(browser.browser, server.url, officers[1] as Login);
    await second.page.goto(edit);
    await second.page.getByRole("heading", { name: heading }).waitFor();
    await second.page.getByLabel("Kebutuhan korban").fill("Rumah aman segera.");
    await second.page.getByRole("button", { name: "Simpan", exact: true }).click();
    await second.page.getByRole("heading", { name: `Pengaduan ${report.trackingCode}` }).waitFor();

    // The first officer, on the form opened before, writes the expectations and saves.
    await first.page.getByLabel("Harapan korban").fill("Pelaku diproses hukum.");
    await first.page.getByRole("button", { name: "Simpan", exact: true }).click();
    const stale = first.page.getByTestId("intake-stale");
    await stale.getByText("korban lewat tautan verifikasi", { exact: false }).waitFor();
    expect(await first.page.getByLabel("Harapan korban").inputValue()).toBe("Pelaku diproses hukum.");
    expect(first.page.url()).toBe(edit);
    // Reloaded: the colleague's needs are there (nothing was written over them); the officer enters hers again.
    await stale.getByRole("button", { name: "Muat versi terbaru" }).click();
    await expect.poll(() => first.page.getByLabel("Kebutuhan korban").inputValue()).toBe("Rumah aman segera.");
    await stale.waitFor({ state: "detached" });
    await first.page.getByLabel("Harapan korban").fill("Pelaku diproses hukum.");
    await first.page.getByRole("button", { name: "Simpan", exact: true }).click();
    await first.page.getByRole("heading", { name: `Pengaduan ${report.trackingCode}` }).waitFor();
    await first.page.getByRole("button", { name: "Tampilkan identitas" }).click();
    const identity = first.page.getByRole("region", { name: "Identitas" });
    await identity.getByText("Rumah aman segera.", { exact: true }).waitFor();
    await identity.getByText("Pelaku diproses hukum.", { exact: true }).waitFor();
    await first.context.close();
    await second.context.close();
  });

  it("cancelling one of two visits: only that visit's button waits while the cancellation is on its way", async () => {
    const [dewi, rina] = officers as [MadeUser, MadeUser];
    const { report } = await withVisits([dewi, rina]);
    const { page, context } = await onComplaint(dewi, report.id, report.trackingCode);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await context.route("**/api/v1/outreach-visits/*/cancel", async (route) => {
      await held;
      await route.continue();
    });
    const cancelOf = (name: string) =>
      page.getByTestId("outreach-visit").filter({ hasText: name }).getByRole("button", { name: "Batalkan kunjungan" });
    await cancelOf("Dewi Lestari").click();
    await expect.poll(() => cancelOf("Dewi Lestari").getAttribute("data-loading")).toBe("true");
    // The other visit's button neither spins nor waits.
    expect(await cancelOf("Rina Marlina").getAttribute("data-loading")).toBeNull();
    expect(await cancelOf("Rina Marlina").isDisabled()).toBe(false);
    release();
    await page.getByTestId("outreach-visit").filter({ hasText: "Dewi Lestari" }).getByText("Dibatalkan").waitFor();
    expect(await page.getByTestId("outreach-visit").filter({ hasText: "Rina Marlina" }).textContent()).toContain("Terjadwal");
    await context.close();
  });

  it("two team members record the same visit: the second is told what the first recorded, and her typed outcome and notes stay", async () => {
    const [dewi, rina] = officers as [MadeUser, MadeUser];
    const { report } = await withVisits([dewi]);
    // Dewi's live stream is cut: only the refusal can tell her page that the visit changed.
    const first = await onComplaint(dewi, report.id, report.trackingCode, true);
    const second = await onComplaint(rina, report.id, report.trackingCode);
    const notes = "Korban menolak bicara di depan suaminya; coba lagi lewat sekolah.";
    const dialog = await typeOutcome(first.page, "Menolak", notes);

    // Meanwhile Rina records what she found.
    const hers = await typeOutcome(second.page, "Bertemu korban, aman");
    await hers.getByRole("button", { name: "Catat hasil" }).click();
    await hers.waitFor({ state: "detached" });

    await dialog.getByRole("button", { name: "Catat hasil" }).click();
    await dialog
      .getByTestId("visit-stale")
      .getByText("Hasil kunjungan ini sudah dicatat orang lain: Bertemu korban, aman.", { exact: false })
      .waitFor();
    // What she typed is still there to copy; recording over Rina's outcome is not offered.
    expect(await dialog.getByRole("combobox", { name: "Hasil" }).inputValue()).toBe("Menolak");
    expect(await dialog.getByLabel("Catatan").inputValue()).toBe(notes);
    expect(await dialog.getByRole("button", { name: "Catat hasil" }).isDisabled()).toBe(true);
    // The visits behind the dialog were read again: Rina's outcome, without a live event or a reload.
    await first.page.getByTestId("outreach-visit").getByText("Bertemu korban, aman").waitFor();
    await first.context.close();
    await second.context.close();
  });

  it("a visit moved while its outcome is typed: the refusal keeps what was typed, and after loading the latest version it is recorded", async () => {
    const [dewi, rina] = officers as [MadeUser, MadeUser];
    const { report, visits } = await withVisits([dewi]);
    const first = await onComplaint(dewi, report.id, report.trackingCode, true);
    const notes = "Rumah kosong; tetangga bilang keluarga pindah ke Lumajang.";
    const dialog = await typeOutcome(first.page, "Tidak ditemukan", notes);
    // Rina moves the visit a day later (through the API, as another client could).
    await updateOutreach(
      server.ctx,
      { userId: rina.id, sessionHash: "", stage: "full", grants: [{ role: "intake_officer", unitId }], lang: "id" },
      visits[0] as string,
      { version: 1, scheduledFor: "2030-03-06T09:30:00+07:00" },
    );

    await dialog.getByRole("button", { name: "Catat hasil" }).click();
    const stale = dialog.getByTestId("visit-stale");
    await stale.getByText("kunjungan ini diubah orang lain", { exact: false }).waitFor();
    expect(await dialog.getByRole("combobox", { name: "Hasil" }).inputValue()).toBe("Tidak ditemukan");
    expect(await dialog.getByLabel("Catatan").inputValue()).toBe(notes);
    await stale.getByRole("button", { name: "Muat versi terbaru" }).click();
    await stale.waitFor({ state: "detached" });
    expect(await dialog.getByLabel("Catatan").inputValue()).toBe(notes);
    await dialog.getByRole("button", { name: "Catat hasil" }).click();
    await dialog.waitFor({ state: "detached" });
    const recorded = first.page.getByTestId("outreach-visit").filter({ hasText: "Tidak ditemukan" });
    await recorded.getByText(notes).waitFor();
    await first.context.close();
  });
});
