// End-to-end helpers: sign in to the console, and enter a complete walk-in complaint on the intake form.
import type { Browser, BrowserContext, Page } from "playwright-core";

export interface Login {
  username: string;
  password: string;
}

/**
 * A new browser context signed in as `user`, on a desktop screen unless another `viewport` is given (a phone: 360 x 740),
 * in the machine's time zone unless a `timezoneId` is given.
 */
export async function signedIn(
  browser: Browser,
  url: string,
  user: Login,
  viewport = { width: 1280, height: 800 },
  timezoneId?: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: "id-ID", viewport, timezoneId });
  const page = await context.newPage();
  await page.goto(`${url}/console/sign-in`);
  await page.getByLabel("Nama pengguna").fill(user.username);
  await page.getByLabel("Kata sandi", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await page.waitForURL(/\/console\/?$/);
  return { context, page };
}

/** Picks a region in one of the intake form's searchable selects: types part of the name, then clicks the option. */
export async function pickRegion(page: Page, label: string, name: string): Promise<void> {
  const input = page.getByRole("combobox", { name: label, exact: true });
  await input.click();
  await input.fill(name.slice(0, -1));
  await page.getByRole("listbox", { name: label, exact: true }).getByRole("option", { name, exact: true }).click();
  await input.blur();
  for (let i = 0; i < 50 && (await input.inputValue()) !== name; i++) await page.waitForTimeout(100);
  if ((await input.inputValue()) !== name) throw new Error(`${label}: "${name}" was not chosen`);
}

/** Fills and saves the intake form for a walk-in at `post`; returns the complaint's tracking code (on its page). */
export async function enterWalkIn(
  page: Page,
  url: string,
  post: string,
  victimName: string,
  violence: string[] = ["Fisik", "Psikis"],
): Promise<string> {
  await page.goto(`${url}/console/intake/new`);
  await page.getByRole("heading", { name: "Formulir penerimaan pengaduan" }).waitFor();
  await page.getByLabel("Saluran pengaduan").selectOption("walk_in");
  await page.getByLabel("Pos pengaduan").selectOption({ label: post });
  await page.getByLabel("Kategori").selectOption("woman");
  await page.getByLabel("Tingkat risiko").selectOption("high");
  await page.getByLabel("Hubungan pelapor dengan korban").selectOption("self");
  await page.getByLabel("Cara menghubungi dengan aman").selectOption("whatsapp");
  await page.getByLabel("Nama korban").fill(victimName);
  await page.getByLabel("Usia korban (tahun)").fill("29");
  await page.getByLabel("Jenis kelamin korban").selectOption("female");
  await page.getByLabel("Telepon korban").fill("0813 3300 1122");
  await pickRegion(page, "Provinsi", "Jawa Timur");
  await pickRegion(page, "Kabupaten/kota", "Kabupaten Jember");
  await pickRegion(page, "Kecamatan", "Kaliwates");
  for (const kind of violence) await page.getByRole("checkbox", { name: kind, exact: true }).check();
  await page.getByLabel("Tempat kejadian").selectOption("household");
  await page.getByLabel("Hubungan pelaku dengan korban").selectOption("spouse");
  await page.getByLabel("Kronologi").fill("Korban datang ke pos dan menceritakan pemukulan oleh suaminya sejak tiga bulan lalu.");
  await page.getByLabel("Kebutuhan korban").fill("Pendampingan hukum dan tempat aman sementara.");
  await page.getByRole("button", { name: "Simpan pengaduan" }).click();
  const heading = page.getByRole("heading", { name: /^Pengaduan TDH-/ });
  await heading.waitFor();
  return ((await heading.textContent()) ?? "").replace("Pengaduan ", "").trim();
}
