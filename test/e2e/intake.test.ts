// End to end in Chromium: a walk-in complaint on the intake form appears live in another officer's queue; verification by link.
import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePost, makeUnit, makeUser } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { posts, users } from "../../src/modules/people/schema.js";
import { reports } from "../../src/modules/reports/schema.js";
import { hubFor } from "../../src/platform/realtime/hub.js";
import { type LiveServer, launchBrowser, startLiveServer } from "./browser.js";
import { enterWalkIn, type Login, signedIn as signedInAt } from "./intake-form.js";

let server: LiveServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const officers: Login[] = [];
let supervisorLogin: Login;
let unitId = "";

beforeAll(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  await server.ctx.database.db.transaction(async (tx) => {
    const unit = await makeUnit(tx, { name: "UPTD PPA Kabupaten Jember", regionCode: "3509" });
    unitId = unit.id;
    await makePost(tx, unit.id, { name: "Pos Pengaduan Kaliwates" });
    for (const name of ["Dewi Lestari", "Rina Marlina"]) {
      const user = await makeUser(server.ctx, tx, {
        displayName: name,
        password: "teh-manis-hangat-sore",
        roles: [{ role: "intake_officer", unitId: unit.id }],
      });
      officers.push(user);
    }
    supervisorLogin = await makeUser(server.ctx, tx, {
      displayName: "Hasan Basri",
      password: "kopi-tubruk-pagi-hari",
      roles: [{ role: "supervisor", unitId: unit.id }],
    });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const signedIn = (user: Login) => signedInAt(browser.browser, server.url, user);

describe("complaint intake in Chromium", () => {
  let watcher: Page;
  let reportUrl = "";
  let firstCode = "";

  it("a walk-in complaint entered on the intake form, with a scanned letter attached, appears in another officer's open queue without a reload", async () => {
    const a = await signedIn(officers[0] as Login);
    watcher = a.page;
    // The home page says what waits: the intake counts.
    await watcher.getByText("Pengaduan baru", { exact: true }).waitFor();
    await watcher.goto(`${server.url}/console/intake`);
    await watcher.getByRole("heading", { name: "Antrean pengaduan" }).waitFor();
    await watcher.getByText("Tidak ada pengaduan yang sesuai.").waitFor();
    await watcher.evaluate(() => {
      (globalThis as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    const b = await signedIn(officers[1] as Login);
    const form = b.page;
    const code = await enterWalkIn(form, server.url, "Pos Pengaduan Kaliwates", "Wulan Sari");
    reportUrl = form.url();
    firstCode = code;
    // The victim brought a letter: the officer attaches its scan on the complaint's page, and it is listed at once.
    await form.locator('input[type="file"]').setInputFiles({
      name: "surat keterangan.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\nsurat keterangan\n"),
    });
    await form.getByRole("button", { name: "Lampirkan", exact: true }).click();
    await form
      .getByTestId("evidence-files")
      .getByRole("link", { name: /^surat keterangan\.pdf/ })
      .waitFor();
    // A photo of another complaint attached by mistake: the officer takes it back, saying why; the letter stays.
    await form.locator('input[type="file"]').setInputFiles({
      name: "foto pengaduan lain.png",
      mimeType: "image/png",
      buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]),
    });
    await form.getByRole("button", { name: "Lampirkan", exact: true }).click();
    const files = form.getByTestId("evidence-files");
    await files.getByRole("link", { name: /^foto pengaduan lain\.png/ }).waitFor();
    await files.getByRole("button", { name: "Tarik berkas foto pengaduan lain.png" }).click();
    const dialog = form.getByRole("dialog", { name: "Tarik berkas bukti" });
    await dialog.getByLabel("Alasan").selectOption({ label: "Milik pengaduan lain" });
    await dialog.getByRole("button", { name: "Tarik berkas" }).click();
    await files.getByRole("link", { name: /^foto pengaduan lain\.png/ }).waitFor({ state: "detached" });
    await expect.poll(() => files.getByRole("link").allTextContents()).toEqual([expect.stringMatching(/^surat keterangan\.pdf/)]);
    await b.context.close();

    // The first officer's queue shows it, and the page was never reloaded.
    await watcher.getByRole("link", { name: code }).waitFor({ timeout: 15_000 });
    expect(await watcher.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    const row = watcher.getByRole("row", { name: new RegExp(code) });
    await expect.poll(() => row.getByText("Datang langsung").isVisible()).toBe(true);
    await expect.poll(() => row.getByText("Tinggi").isVisible()).toBe(true);
  });

  it("after its live stream breaks, the open queue catches up with what came in meanwhile", async () => {
    await watcher.goto(`${server.url}/console/intake`);
    await watcher.getByRole("heading", { name: "Antrean pengaduan" }).waitFor();
    await watcher.getByRole("link", { name: firstCode }).waitFor();
    // The server ends the stream (as when its LISTEN came back after a lost connection); the browser reconnects.
    hubFor(server.ctx.database).endStreams();
    // Stored without a live event: only reading the queue afresh on reconnecting shows it.
    const missed = await server.ctx.database.db.transaction((tx) => makeReport(server.ctx, tx, { unitId }));
    await watcher.getByRole("link", { name: missed.trackingCode }).waitFor({ timeout: 15_000 });
    await watcher.goto(reportUrl);
  });

  it("the officer sends a verification link by hand; the victim opens it with the code and corrects a field", async () => {
    const page = watcher;
    await page.goto(reportUrl);
    const panel = page.getByTestId("verification-panel");
    await panel.getByRole("button", { name: "Buat tautan" }).click();
    const created = page.getByTestId("created-link");
    await created.waitFor();
    // A second link replaces the first: the panel says so beforehand, and lists the first as revoked afterwards.
    const replaced = await created.getByLabel("Tautan").inputValue();
    await panel.getByTestId("verification-replaces").waitFor();
    await panel.getByRole("button", { name: "Buat tautan" }).click();
    await expect.poll(() => created.getByLabel("Tautan").inputValue()).not.toBe(replaced);
    const cards = panel.getByTestId("verification-link");
    await expect.poll(() => cards.count()).toBe(2);
    await cards.nth(1).getByText("Dicabut").waitFor();
    expect(await cards.nth(1).getByRole("button", { name: "Cabut" }).count()).toBe(0);
    await cards.nth(0).getByText("Belum terkirim").waitFor();
    const code = ((await created.getByTestId("verification-code").textContent()) ?? "").trim();
    const url = await created.getByLabel("Tautan").inputValue();
    const message = await created.getByLabel("Pesan").inputValue();
    expect(code).toMatch(/^\d{6}$/);
    expect(url.startsWith(`${server.url}/v/`)).toBe(true);
    // The message names neither the violence nor the unit.
    expect(message).not.toMatch(/kekerasan|PPA|perlindungan|pengaduan/i);
    // On a laptop's screen the listed link's buttons are in sight in the side column, not scrolled off its edge.
    await page.setViewportSize({ width: 1366, height: 768 });
    const revoke = panel.getByTestId("verification-link").first().getByRole("button", { name: "Cabut" });
    const [button, column] = [await revoke.boundingBox(), await panel.boundingBox()];
    expect((button?.x ?? 0) + (button?.width ?? 0)).toBeLessThanOrEqual((column?.x ?? 0) + (column?.width ?? 0));
    await created.getByRole("button", { name: "Tandai terkirim" }).click();
    await created.getByRole("button", { name: "Sudah ditandai terkirim" }).waitFor();

    // The victim's phone: JavaScript off, no cookies kept.
    const phone = await browser.browser.newContext({
      javaScriptEnabled: false,
      locale: "id-ID",
      viewport: { width: 360, height: 740 },
    });
    const victim = await phone.newPage();
    await victim.goto(replaced);
    await victim.getByRole("heading", { name: "Tautan tidak berlaku" }).waitFor();
    const opened = await victim.goto(url);
    expect(opened?.headers()["cache-control"]).toBe("no-store");
    expect(await victim.title()).not.toMatch(/kekerasan|PPA/i);
    await expect.poll(() => victim.getByText("Wulan Sari").count()).toBe(0);
    await victim.getByLabel("Kode").fill("000000" === code ? "111111" : "000000");
    await victim.getByRole("button", { name: "Lanjut" }).click();
    await victim.getByText(/Kode salah/).waitFor();
    await victim.getByLabel("Kode").fill(code);
    await victim.getByRole("button", { name: "Lanjut" }).click();
    await victim.getByRole("heading", { name: "Periksa data Anda" }).waitFor();
    await expect.poll(() => victim.getByLabel("Nama").inputValue()).toBe("Wulan Sari");
    await victim.getByLabel("Nama").fill("Wulan Sari Dewi");
    await victim.getByRole("button", { name: "Simpan perbaikan" }).click();
    await victim.getByRole("heading", { name: "Terima kasih" }).waitFor();
    expect(await phone.cookies()).toEqual([]);

    // The link works once.
    await victim.goto(url);
    await victim.getByRole("heading", { name: "Tautan tidak berlaku" }).waitFor();
    await phone.close();

    // The officer sees the link used and, on revealing the identity (audited), the corrected name.
    await page.reload();
    await page.getByTestId("verification-links").getByText("Dipakai", { exact: false }).first().waitFor();
    await page.getByRole("button", { name: "Tampilkan identitas" }).click();
    await page.getByText("Wulan Sari Dewi").waitFor();
  });

  it("outreach: the officer schedules a visit with a team member and records that the victim needs emergency help; the supervisor is alerted", async () => {
    const boss = await signedIn(supervisorLogin);
    await boss.page.getByText("Menunggu persetujuan", { exact: true }).first().waitFor();
    const page = watcher;
    await page.goto(reportUrl);
    const form = page.getByTestId("schedule-visit");
    // The picker offers no time past: its minimum is now, in the unit's zone (WIB), to the minute.
    const min = await form.getByLabel("Waktu kunjungan (WIB)").getAttribute("min");
    const nowInJakarta = Date.now() + 7 * 3_600_000;
    expect(Math.abs(Date.parse(`${min}:00Z`) - nowInJakarta)).toBeLessThan(5 * 60_000);
    await form.getByLabel("Waktu kunjungan (WIB)").fill("2030-03-05T09:30");
    await form.getByRole("combobox", { name: "Tim" }).click();
    await page.getByRole("option", { name: "Rina Marlina" }).click();
    await page.keyboard.press("Escape");
    await form.getByRole("button", { name: "Jadwalkan" }).click();
    const row = page.getByTestId("outreach-visit").filter({ hasText: "Rina Marlina" });
    await row.getByText("Terjadwal").waitFor();
    await expect.poll(() => row.textContent()).toContain("5 Mar 2030, 09.30 WIB");

    // Its buttons are in sight in the side column (1366x768 since the test before), not scrolled off its edge.
    const [button, column] = [
      await row.getByRole("button", { name: "Catat hasil" }).boundingBox(),
      await page.getByTestId("outreach-panel").boundingBox(),
    ];
    expect((button?.x ?? 0) + (button?.width ?? 0)).toBeLessThanOrEqual((column?.x ?? 0) + (column?.width ?? 0));
    await row.getByRole("button", { name: "Catat hasil" }).click();
    const dialog = page.getByRole("dialog", { name: "Hasil kunjungan" });
    await dialog.getByRole("combobox", { name: "Hasil" }).click();
    await page.getByRole("option", { name: "Perlu bantuan darurat" }).click();
    await dialog.getByText("Tingkat risiko pengaduan akan dinaikkan menjadi tinggi dan supervisor diberi tahu.").waitFor();
    await dialog.getByLabel("Catatan").fill("Korban dikunci di kamar; polisi sudah dihubungi.");
    // Before the visit's planned time (the team went at once): the dialog says its time becomes now, and records it.
    await dialog.getByTestId("early-visit").getByText("Kunjungan ini dijadwalkan 5 Mar 2030, 09.30 WIB.").waitFor();
    await dialog.getByRole("button", { name: "Catat hasil" }).click();
    await dialog.waitFor({ state: "detached" });
    const recorded = page.getByTestId("outreach-visit").filter({ hasText: "Perlu bantuan darurat" });
    await recorded.waitFor();
    expect(await recorded.textContent()).not.toContain("5 Mar 2030");

    // As the dialog promised: the supervisor, elsewhere in the console, is told at once and the notice opens the complaint.
    const notice = boss.page.getByText("Bantuan darurat diperlukan");
    await notice.waitFor({ timeout: 15_000 });
    await expect.poll(() => boss.page.title()).toBe("(1) Teduh");
    await notice.click();
    await boss.page.getByRole("heading", { name: `Pengaduan ${firstCode}` }).waitFor();
    await expect.poll(() => boss.page.title()).toBe("Teduh");
    await boss.context.close();
  });

  it("the officer logs a call, sees the possible duplicate and closes the complaint as its duplicate only after saying yes; another is accepted, then closed as not a case", async () => {
    const db = server.ctx.database.db;
    const original = await makeReport(server.ctx, db, {
      unitId,
      reporterPhone: "0812-7777-8888",
      createdAt: new Date(Date.now() - 86_400_000),
    });
    const again = await makeReport(server.ctx, db, { unitId, reporterPhone: "0812 7777 8888" });
    const other = await makeReport(server.ctx, db, { unitId, reporterPhone: "0813-1111-2222" });
    const { page, context } = await signedIn(officers[0] as Login);
    const status = page
      .locator("main")
      .getByText(/^(Baru|Dalam penerimaan|Duplikat|Bukan kasus)$/)
      .first();

    await page.goto(`${server.url}/console/intake`);
    await page.getByRole("link", { name: again.trackingCode }).click();
    await page.getByRole("heading", { name: `Pengaduan ${again.trackingCode}` }).waitFor();
    // A call that nobody answered, logged.
    const contact = page.locator("section", { has: page.getByRole("heading", { name: "Upaya menghubungi" }) });
    await contact.getByLabel("Hasil").selectOption({ label: "Tidak dijawab" });
    await contact.getByLabel("Catatan").fill("Dua kali, pukul 16.00 dan 16.30.");
    await contact.getByRole("button", { name: "Catat upaya" }).click();
    await page.getByTestId("contact-log").getByText("Dua kali, pukul 16.00 dan 16.30.", { exact: false }).waitFor();

    // The same phone as an earlier complaint: shown before deciding; the first click only asks.
    const hints = page.getByTestId("possible-duplicates");
    await hints.getByRole("link", { name: original.trackingCode }).waitFor();
    await hints.getByText("Nomor telepon sama").first().waitFor();
    const markDuplicate = hints.getByRole("button", { name: `Tandai sebagai duplikat dari ini (${original.trackingCode})` });
    await markDuplicate.click();
    const dialog = page.getByRole("dialog", { name: "Tutup sebagai duplikat?" });
    await dialog
      .getByText(`Pengaduan ${again.trackingCode} akan ditutup sebagai duplikat dari ${original.trackingCode}.`, { exact: false })
      .waitFor();
    await dialog.getByRole("button", { name: "Batal" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => status.textContent()).toBe("Baru");
    await markDuplicate.click();
    await dialog.getByRole("button", { name: "Tutup sebagai duplikat" }).click();
    await expect.poll(() => status.textContent()).toBe("Duplikat");
    // Closed: no new verification link or visit is offered (the server would refuse them).
    await page.getByTestId("verification-closed").waitFor();
    await page.getByTestId("outreach-closed").waitFor();
    expect(await page.getByRole("button", { name: "Buat tautan" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Jadwalkan" }).count()).toBe(0);
    await page.getByRole("heading", { name: "Keputusan" }).waitFor({ state: "detached" });

    await page.goto(`${server.url}/console/intake`);
    await page.getByRole("link", { name: other.trackingCode }).click();
    await page.getByRole("heading", { name: `Pengaduan ${other.trackingCode}` }).waitFor();
    await page.getByRole("button", { name: "Terima ke penerimaan" }).click();
    await expect.poll(() => status.textContent()).toBe("Dalam penerimaan");
    const decide = page.locator("section", { has: page.getByRole("heading", { name: "Keputusan" }) });
    await decide.getByLabel("Alasan").selectOption({ label: "Informasi tidak cukup" });
    await decide.getByRole("button", { name: "Tandai bukan kasus" }).click();
    const closing = page.getByRole("dialog", { name: "Tutup sebagai bukan kasus?" });
    await closing.getByText("ditutup dengan alasan: Informasi tidak cukup.", { exact: false }).waitFor();
    await closing.getByRole("button", { name: "Tandai bukan kasus" }).click();
    await expect.poll(() => status.textContent()).toBe("Bukan kasus");

    // Both left the open queue; the original stays.
    await page.goto(`${server.url}/console/intake`);
    await page.getByRole("link", { name: original.trackingCode }).waitFor();
    expect(await page.getByRole("link", { name: again.trackingCode }).count()).toBe(0);
    expect(await page.getByRole("link", { name: other.trackingCode }).count()).toBe(0);
    await context.close();
  });

  it("a frequent caller's earlier complaints: ten possible duplicates at first, strongest first, the rest on request", async () => {
    const db = server.ctx.database.db;
    const caller = { unitId, reporterPhone: "0857-4444-3333", victimName: "Ratna Kumalasari", victimBirthDate: "1988-02-11" };
    const earlier = await db.transaction(async (tx) => {
      const made = [];
      for (let i = 1; i <= 11; i++) {
        made.push(
          await makeReport(server.ctx, tx, { ...caller, status: "not_a_case", createdAt: new Date(Date.now() - i * 3_600_000) }),
        );
      }
      return made;
    });
    const latest = await makeReport(server.ctx, db, caller);
    const { page, context } = await signedIn(officers[0] as Login);
    await page.goto(`${server.url}/console/intake/reports/${latest.id}`);
    const hints = page.getByTestId("possible-duplicates");
    await hints.getByText("Kemungkinan duplikat (11)").waitFor();
    const rows = hints.getByTestId("possible-duplicate");
    await expect.poll(() => rows.count()).toBe(10);
    // Newest first among equals: the oldest is the one held back.
    await hints.getByRole("link", { name: earlier[0]?.trackingCode }).waitFor();
    expect(await hints.getByRole("link", { name: earlier[10]?.trackingCode }).count()).toBe(0);
    await hints.getByRole("button", { name: "Tampilkan 1 lainnya" }).click();
    await expect.poll(() => rows.count()).toBe(11);
    await hints.getByRole("link", { name: earlier[10]?.trackingCode }).waitFor();
    await context.close();
  });

  it("the home page's figures open the queue filtered, and Back from a complaint returns to the same filters", async () => {
    const [danger, calm] = await server.ctx.database.db.transaction(async (tx) => [
      await makeReport(server.ctx, tx, { unitId, inDanger: true }),
      await makeReport(server.ctx, tx, { unitId }),
    ]);
    const { page, context } = await signedIn(officers[1] as Login);
    await page.getByRole("link", { name: "Buka antrean: Baru, dalam bahaya" }).click();
    await page.waitForURL(/\/console\/intake\?status=received&danger=true$/);
    await page.getByRole("link", { name: danger.trackingCode }).waitFor();
    await expect.poll(() => page.getByLabel("Bahaya").inputValue()).toBe("true");
    await expect.poll(() => page.getByLabel("Status").inputValue()).toBe("received");
    expect(await page.getByRole("link", { name: calm.trackingCode }).count()).toBe(0);
    expect(await page.getByTestId("queue-row").evaluateAll((rows) => rows.every((r) => r.dataset.danger === "true"))).toBe(true);

    await page.getByRole("link", { name: danger.trackingCode }).click();
    await page.getByRole("heading", { name: `Pengaduan ${danger.trackingCode}` }).waitFor();
    await page.goBack();
    await page.waitForURL(/\/console\/intake\?status=received&danger=true$/);
    await expect.poll(() => page.getByLabel("Bahaya").inputValue()).toBe("true");
    // Clearing a filter shows the rest again; the address follows.
    await page.getByLabel("Bahaya").selectOption("");
    await page.getByRole("link", { name: calm.trackingCode }).waitFor();
    expect(new URL(page.url()).search).toBe("?status=received");
    await context.close();
  });

  it("a complaint sent through /lapor shows its channel on the intake form, and saving the form keeps it", async () => {
    const web = await makeReport(server.ctx, server.ctx.database.db, { unitId, status: "in_intake", channel: "web" });
    const { page, context } = await signedIn(officers[0] as Login);
    await page.goto(`${server.url}/console/intake/reports/${web.id}/edit`);
    const channel = page.getByLabel("Saluran pengaduan");
    await expect.poll(() => channel.locator("option:checked").textContent()).toBe("Formulir daring");
    expect(await channel.isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    await page.getByRole("heading", { name: `Pengaduan ${web.trackingCode}` }).waitFor();
    const [row] = await server.ctx.database.db
      .select({ channel: reports.channel, version: reports.version })
      .from(reports)
      .where(eq(reports.id, web.id));
    expect(row).toEqual({ channel: "web", version: 2 });
    await context.close();
  });

  it("a disability reported on /lapor is shown on the complaint's page: that there is one among the facts, which one with the identity; its days read as days", async () => {
    const deaf = await makeReport(server.ctx, server.ctx.database.db, {
      unitId,
      victimDisabilityType: "Tunarungu",
      incidentDate: "2026-12-01",
      victimBirthDate: "1994-09-02",
    });
    // A browser west of UTC, where midnight UTC of a calendar day is still the day before.
    const { page, context } = await signedInAt(
      browser.browser,
      server.url,
      officers[0] as Login,
      undefined,
      "America/Los_Angeles",
    );
    await page.goto(`${server.url}/console/intake/reports/${deaf.id}`);
    const facts = page.getByRole("region", { name: "Ringkasan" });
    await facts.getByText("Penyandang disabilitas").waitFor();
    await expect
      .poll(() => facts.getByText("Penyandang disabilitas").locator("xpath=..").textContent())
      .toBe("Penyandang disabilitasYa");
    expect(await page.getByText("Tunarungu").count()).toBe(0);
    // Calendar days read as days, the same in every time zone.
    await expect
      .poll(() => facts.getByText("Tanggal kejadian").locator("xpath=..").textContent())
      .toBe("Tanggal kejadian1 Des 2026");
    await page.getByRole("button", { name: "Tampilkan identitas" }).click();
    await page.getByTestId("identity").getByText("Tunarungu", { exact: true }).waitFor();
    await page.getByTestId("identity").getByText("2 Sep 1994", { exact: true }).waitFor();
    await context.close();
  });

  it("the intake form starts its required choices empty, and saving without them names each one", async () => {
    const { page, context } = await signedIn(officers[0] as Login);
    await page.goto(`${server.url}/console/intake/new`);
    await page.getByRole("heading", { name: "Formulir penerimaan pengaduan" }).waitFor();
    const required = ["Saluran pengaduan", "Kategori", "Hubungan pelapor dengan korban", "Cara menghubungi dengan aman"];
    for (const label of required) {
      await expect.poll(() => page.getByLabel(label).locator("option:checked").textContent()).toBe("Pilih…");
    }
    await page.getByRole("button", { name: "Simpan pengaduan" }).click();
    for (const label of required) {
      const select = page.getByLabel(label);
      await expect.poll(() => select.getAttribute("aria-invalid")).toBe("true");
      const described = ((await select.getAttribute("aria-describedby")) ?? "").split(" ").filter(Boolean);
      const texts = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).textContent()));
      expect(texts).toContain("Pilih salah satu.");
    }
    expect(page.url()).toBe(`${server.url}/console/intake/new`);
    // The first of them has the focus (and so is on screen), not the button at the bottom.
    await expect.poll(() => page.evaluate("document.activeElement?.getAttribute('data-path')")).toBe("channel");
    // A rule only the server knows (an incident date to come) also takes the focus to its field.
    await page.getByLabel("Saluran pengaduan").selectOption("phone");
    await page.getByLabel("Kategori").selectOption("woman");
    await page.getByLabel("Hubungan pelapor dengan korban").selectOption("self");
    await page.getByLabel("Cara menghubungi dengan aman").selectOption("whatsapp");
    await page.getByLabel("Nama korban").fill("Sri Wahyuni");
    await page.getByRole("checkbox", { name: "Fisik", exact: true }).check();
    await page.getByLabel("Kronologi").fill("Korban dipukul suami.");
    await page.getByLabel("Tanggal kejadian").fill(new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10));
    await page.getByRole("button", { name: "Simpan pengaduan" }).click();
    await page.getByText("Tanggal kejadian tidak boleh di masa depan.").first().waitFor();
    await expect.poll(() => page.evaluate("document.activeElement?.getAttribute('data-path')")).toBe("incidentDate");
    expect(page.url()).toBe(`${server.url}/console/intake/new`);
    await context.close();
  });

  it("the queue's status filter shows its whole label on a laptop and on a phone", async () => {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 360, height: 740 },
    ]) {
      const { page, context } = await signedInAt(browser.browser, server.url, officers[0] as Login, viewport);
      await page.goto(`${server.url}/console/intake`);
      const select = page.getByLabel("Status", { exact: true });
      await expect.poll(() => select.locator("option:checked").textContent()).toBe("Belum selesai");
      const id = await select.getAttribute("id");
      // The chosen option's text, in the select's font, against the room inside the select (its padding holds the arrow).
      const room = await page.evaluate(`(() => {
        const s = document.getElementById(${JSON.stringify(id)});
        const style = getComputedStyle(s);
        const ctx = document.createElement("canvas").getContext("2d");
        ctx.font = style.font;
        const inner = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return inner - ctx.measureText(s.options[s.selectedIndex].text).width;
      })()`);
      expect(room, `${viewport.width}px`).toBeGreaterThanOrEqual(0);
      await context.close();
    }
  });

  it("a supervisor who reloads still sees the notice of a complaint in danger nobody has taken in, until they open it (from the keyboard too)", async () => {
    const db = server.ctx.database.db;
    const waiting = await makeReport(server.ctx, db, { unitId, inDanger: true });
    const taken = await makeReport(server.ctx, db, { unitId, inDanger: true, status: "in_intake" });
    const boss = await signedIn(supervisorLogin);
    const notice = boss.page.getByText(
      `Seseorang dalam bahaya sekarang: pengaduan ${waiting.trackingCode}. Klik untuk membukanya.`,
    );
    await notice.waitFor({ timeout: 15_000 });
    expect(await boss.page.getByText(taken.trackingCode).count()).toBe(0);
    await boss.page.reload();
    await notice.waitFor({ timeout: 15_000 });
    expect(await boss.page.title()).toMatch(/^\(\d+\) Teduh$/);
    // Opened from the keyboard: the notice's own button (the notice itself takes a mouse click only).
    const openButton = boss.page
      .getByRole("alert")
      .filter({ has: notice })
      .getByRole("button", { name: `Buka pengaduan ${waiting.trackingCode}` });
    await openButton.focus();
    await boss.page.keyboard.press("Enter");
    await boss.page.getByRole("heading", { name: `Pengaduan ${waiting.trackingCode}` }).waitFor();
    // Clicked once: not shown again in this tab, although the complaint still waits.
    await boss.page.reload();
    await boss.page.getByRole("heading", { name: `Pengaduan ${waiting.trackingCode}` }).waitFor();
    await boss.page.waitForTimeout(1_500);
    expect(await notice.count()).toBe(0);
    await boss.context.close();
  });

  /** The messages a field's aria-describedby points to, once the field is marked invalid. */
  const errorOf = async (page: Page, label: string): Promise<string> => {
    const input = page.getByLabel(label, { exact: true });
    await expect.poll(() => input.getAttribute("aria-invalid")).toBe("true");
    const ids = ((await input.getAttribute("aria-describedby")) ?? "").split(" ").filter(Boolean);
    return (await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()))).join(" ");
  };
  const focusedPath = (page: Page) => page.evaluate("document.activeElement?.closest('[data-path]')?.getAttribute('data-path')");
  /** The required choices and texts of a phone complaint, without its types of violence. */
  const fillPhoneComplaint = async (page: Page, chronology: string) => {
    await page.goto(`${server.url}/console/intake/new`);
    await page.getByRole("heading", { name: "Formulir penerimaan pengaduan" }).waitFor();
    await page.getByLabel("Saluran pengaduan").selectOption("phone");
    await page.getByLabel("Kategori").selectOption("woman");
    await page.getByLabel("Hubungan pelapor dengan korban").selectOption("self");
    await page.getByLabel("Cara menghubungi dengan aman").selectOption("whatsapp");
    await page.getByLabel("Nama korban").fill("Sri Wahyuni");
    await page.getByLabel("Kronologi").fill(chronology);
  };
  const reportCount = async () => (await server.ctx.database.db.select({ id: reports.id }).from(reports)).length;

  it("a wrong NIK or phone says what is expected; the unchosen violence types take the focus; the age follows the birth date", async () => {
    const { page, context } = await signedIn(officers[0] as Login);
    await fillPhoneComplaint(page, "Korban ditelepon dan menceritakan pemukulan oleh suaminya.");
    await page.getByLabel("NIK korban").fill("3509-0145");
    await page.getByLabel("Telepon korban").fill("sore saja");
    await page.getByRole("button", { name: "Simpan pengaduan" }).click();
    expect(await errorOf(page, "NIK korban")).toBe("NIK terdiri dari 16 angka.");
    expect(await errorOf(page, "Telepon korban")).toBe(
      "Tulis nomor telepon dengan angka, paling sedikit 6 (boleh memakai +, spasi, tanda hubung, titik dan kurung).",
    );
    await expect.poll(() => focusedPath(page)).toBe("victimNik");
    // Copied off the card in groups of four, the NIK is fine; the types of violence are then the first error, and the
    // focus goes to their first box (not left on the button at the bottom of the page).
    await page.getByLabel("NIK korban").fill("3509 0145 0690 0001");
    await page.getByLabel("Telepon korban").fill("0812-3300-1122");
    await page.getByRole("button", { name: "Simpan pengaduan" }).click();
    await expect.poll(() => page.evaluate("document.activeElement?.getAttribute('value')")).toBe("physical");
    await page.getByRole("checkbox", { name: "Fisik", exact: true }).check();
    // Typing a birth date fills in the age; an age then changed to contradict it is refused at the age, nothing lost.
    await page.getByLabel("Tanggal lahir korban").fill("1990-06-05");
    const now = new Date();
    const age = now.getFullYear() - 1990 - (now.getMonth() + 1 < 6 || (now.getMonth() + 1 === 6 && now.getDate() < 5) ? 1 : 0);
    await expect.poll(() => page.getByLabel("Usia korban (tahun)").inputValue()).toBe(String(age));
    await page.getByLabel("Usia korban (tahun)").fill("12");
    await page.getByRole("button", { name: "Simpan pengaduan" }).click();
    expect(await errorOf(page, "Usia korban (tahun)")).toBe(
      "Usia korban tidak sesuai tanggal lahirnya: periksa salah satunya, atau kosongkan usia.",
    );
    await expect.poll(() => focusedPath(page)).toBe("victimAge");
    expect(await page.getByLabel("Kronologi").inputValue()).toBe("Korban ditelepon dan menceritakan pemukulan oleh suaminya.");
    expect(page.url()).toBe(`${server.url}/console/intake/new`);
    await context.close();
  });

  it("in English, the same mistakes are named in English", async () => {
    const user = await makeUser(server.ctx, server.ctx.database.db, {
      displayName: "Yusuf Effendi",
      password: "nasi-pecel-pincuk-enak",
      roles: [{ role: "intake_officer", unitId }],
    });
    // Their profile says English: the console speaks English to them from the first page after signing in.
    await server.ctx.database.db.update(users).set({ locale: "en" }).where(eq(users.id, user.id));
    const { page, context } = await signedIn(user);
    await page.goto(`${server.url}/console/intake/new`);
    await page.getByRole("heading", { name: "Complaint intake form" }).waitFor();
    await page.getByLabel("Channel").selectOption("phone");
    await page.getByLabel("Category").selectOption("woman");
    await page.getByLabel("Reporter's relation to the victim").selectOption("self");
    await page.getByLabel("Safe way to contact").selectOption("whatsapp");
    await page.getByLabel("Victim's name").fill("Sri Wahyuni");
    await page.getByLabel("Victim's NIK").fill("12345");
    await page.getByRole("checkbox", { name: "Physical", exact: true }).check();
    await page.getByLabel("Chronology").fill("The victim called about her husband beating her.");
    await page.getByRole("button", { name: "Save complaint" }).click();
    expect(await errorOf(page, "Victim's NIK")).toBe("The NIK is 16 digits.");
    await page.getByLabel("Victim's NIK").fill("");
    await page.getByLabel("Victim's date of birth").fill("1990-06-05");
    await page.getByLabel("Victim's age (years)").fill("12");
    await page.getByRole("button", { name: "Save complaint" }).click();
    expect(await errorOf(page, "Victim's age (years)")).toBe(
      "The victim's age does not match their date of birth: check one of them, or leave the age empty.",
    );
    await context.close();
  });

  it("saving with the network off says the form waits for the connection, and saves it once when it is back", async () => {
    const { page, context } = await signedIn(officers[0] as Login);
    await fillPhoneComplaint(page, "Korban menelepon dari rumah tetangga.");
    await page.getByRole("checkbox", { name: "Fisik", exact: true }).check();
    const before = await reportCount();
    await context.setOffline(true);
    await page.getByRole("button", { name: "Simpan pengaduan" }).click();
    await page
      .getByText(
        "Tidak ada koneksi internet. Jangan tutup halaman ini: isian Anda tetap di sini dan pengaduan tersimpan begitu koneksi kembali.",
      )
      .waitFor();
    expect(await page.getByLabel("Kronologi").inputValue()).toBe("Korban menelepon dari rumah tetangga.");
    await context.setOffline(false);
    await page.getByRole("heading", { name: /^Pengaduan TDH-/ }).waitFor();
    expect(await reportCount()).toBe(before + 1);
    await context.close();
  });

  it("leaving a form with something typed in asks first, and staying keeps it; an untouched form lets the officer go", async () => {
    const { page, context } = await signedIn(officers[0] as Login);
    await fillPhoneComplaint(page, "Korban bercerita panjang di pos tentang suaminya.");
    const home = page.getByRole("link", { name: "Beranda", exact: true });
    const dialog = page.getByRole("dialog", { name: "Tinggalkan formulir?" });
    await home.click();
    await dialog.getByText("Isian yang belum disimpan akan hilang.").waitFor();
    await dialog.getByRole("button", { name: "Batal" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(page.url()).toBe(`${server.url}/console/intake/new`);
    expect(await page.getByLabel("Kronologi").inputValue()).toBe("Korban bercerita panjang di pos tentang suaminya.");
    await home.click();
    await dialog.getByRole("button", { name: "Tinggalkan" }).click();
    await page.waitForURL(/\/console\/?$/);
    // The unit's region is filled in by the form itself: that alone is nothing to lose.
    await page.goto(`${server.url}/console/intake/new`);
    await page.getByRole("heading", { name: "Formulir penerimaan pengaduan" }).waitFor();
    await expect
      .poll(() => page.getByRole("combobox", { name: "Kabupaten/kota", exact: true }).inputValue())
      .toBe("Kabupaten Jember");
    await home.click();
    await page.waitForURL(/\/console\/?$/);
    expect(await dialog.count()).toBe(0);
    await context.close();
  });

  it("a save whose answer is lost on the way, saved again, makes one complaint", async () => {
    const { page, context } = await signedIn(officers[0] as Login);
    await fillPhoneComplaint(page, "Korban menelepon; sinyal putus-putus.");
    await page.getByRole("checkbox", { name: "Fisik", exact: true }).check();
    const before = await reportCount();
    let lost = false;
    await page.route("**/api/v1/reports", async (route) => {
      if (route.request().method() !== "POST" || lost) return route.continue();
      lost = true;
      await route.fetch(); // the server stores the complaint; its answer never reaches the page
      await route.abort("connectionreset");
    });
    await page.getByRole("button", { name: "Simpan pengaduan" }).click();
    await page.getByText("Tidak dapat terhubung ke server. Periksa koneksi internet Anda lalu coba lagi.").waitFor();
    expect(await reportCount()).toBe(before + 1);
    await page.getByRole("button", { name: "Simpan pengaduan" }).click();
    await page.getByRole("heading", { name: /^Pengaduan TDH-/ }).waitFor();
    expect(await reportCount()).toBe(before + 1);
    await context.close();
  });

  it("a session that ends while the officer types: signed in again, the form is back as typed, and for no one else", async () => {
    const signInAgain = async (page: Page, user: Login) => {
      await page.waitForURL(/\/console\/sign-in\?next=%2Fintake%2Fnew$/);
      await page.getByLabel("Nama pengguna").fill(user.username);
      await page.getByLabel("Kata sandi", { exact: true }).fill(user.password);
      await page.getByRole("button", { name: "Masuk", exact: true }).click();
      await page.getByRole("heading", { name: "Formulir penerimaan pengaduan" }).waitFor();
    };
    const chronology = "Korban datang dengan anaknya; suaminya mengancam sejak dua minggu lalu.";
    const { page, context } = await signedIn(officers[0] as Login);
    await fillPhoneComplaint(page, chronology);
    await page.getByRole("checkbox", { name: "Psikis", exact: true }).check();
    await page.getByLabel("NIK korban").fill("3509014506900001");
    await context.clearCookies({ name: "teduh_session" });
    await page.getByRole("button", { name: "Simpan pengaduan" }).click();
    await signInAgain(page, officers[0] as Login);
    await page.getByText("Sesi Anda sempat berakhir. Isian yang belum tersimpan dikembalikan: periksa lalu simpan.").waitFor();
    expect(await page.getByLabel("Kronologi").inputValue()).toBe(chronology);
    expect(await page.getByLabel("NIK korban").inputValue()).toBe("3509014506900001");
    expect(await page.getByRole("checkbox", { name: "Psikis", exact: true }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Simpan pengaduan" }).click();
    await page.getByRole("heading", { name: /^Pengaduan TDH-/ }).waitFor();
    // Another officer signing in on the same tab after the session ended finds an empty form.
    await fillPhoneComplaint(page, chronology);
    await page.getByRole("checkbox", { name: "Psikis", exact: true }).check();
    await context.clearCookies({ name: "teduh_session" });
    await page.getByRole("button", { name: "Simpan pengaduan" }).click();
    await signInAgain(page, officers[1] as Login);
    expect(await page.getByLabel("Kronologi").inputValue()).toBe("");
    expect(await page.getByLabel("Nama korban").inputValue()).toBe("");
    await context.close();
  });

  it("a complaint received at a post that has closed since still shows that post on its form, and saves", async () => {
    const db = server.ctx.database.db;
    const post = await makePost(db, unitId, { name: "Pos Pengaduan Pasar Tanjung" });
    const { page, context } = await signedIn(officers[0] as Login);
    const code = await enterWalkIn(page, server.url, "Pos Pengaduan Pasar Tanjung", "Lilis Suryani");
    await db.update(posts).set({ active: false }).where(eq(posts.id, post.id));
    await page.getByRole("link", { name: "Lengkapi formulir penerimaan" }).click();
    await page.getByRole("heading", { name: `Formulir penerimaan ${code}` }).waitFor();
    await expect
      .poll(() => page.getByLabel("Pos pengaduan").locator("option:checked").textContent())
      .toBe("Pos Pengaduan Pasar Tanjung");
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    await page.getByRole("heading", { name: `Pengaduan ${code}` }).waitFor();
    await context.close();
  });
});
