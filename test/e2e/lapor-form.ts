// End-to-end helper: fills the public report form at /lapor as a citizen would, with or without JavaScript.
import type { Page } from "playwright-core";

/** Fills the form's required parts for a child in Jombang, Jember (the region by the step button when JavaScript is off). */
export async function fillForm(page: Page, js: boolean, inDanger: boolean) {
  await page
    .getByLabel(inDanger ? "Ya" : "Tidak", { exact: true })
    .first()
    .check();
  await page.getByLabel("Anak (di bawah 18 tahun)").check();
  await page.getByLabel("Siapa Anda bagi korban? *").selectOption("neighbour");
  await page.getByLabel("Jangan hubungi saya").check();
  await page.getByLabel("Nama atau inisial korban *").fill("D. L.");
  await page.getByLabel("Umur (tahun)").fill("11");
  await page.getByLabel("Provinsi tempat tinggal korban *").selectOption("35");
  if (!js) await page.getByRole("button", { name: "Tampilkan pilihan wilayah" }).click();
  await page.getByLabel("Kabupaten/kota").selectOption("3509");
  if (!js) await page.getByRole("button", { name: "Tampilkan pilihan wilayah" }).click();
  await page.getByLabel("Kecamatan").selectOption("350901");
  await page.getByLabel("Fisik").check();
  await page.getByLabel("Ceritakan apa yang terjadi *").fill("Anak tetangga sering dipukul.");
}
