// Renders a (redacted) case file as an A4 PDF: letterhead, RAHASIA mark, register number and "Halaman X dari Y" on every page.
import type PDFDocument from "pdfkit";
import type { CaseFile, PrintMode } from "./case-file-types.js";
import { caseFileFonts } from "./fonts.js";
import { dateTime } from "./format-time.js";
import { TEXT } from "./labels.id.js";
import { FONT, PdfWriter } from "./pdf-writer.js";
import { writeSections } from "./render-sections.js";

type Doc = InstanceType<typeof PDFDocument>;

const MARGINS = { top: 118, bottom: 64, left: 50, right: 50 };

/** Letterhead and RAHASIA mark at the top, printer and page number at the bottom: drawn on every page at the end. */
function decorate(doc: Doc, file: CaseFile, page: number, pages: number): void {
  const { left, right } = MARGINS;
  const width = doc.page.width - left - right;
  const bottom = doc.page.margins.bottom;
  // Writing inside the margins must not start a new page.
  doc.page.margins.bottom = 0;
  const lh = file.letterhead;
  doc
    .font(FONT.bold)
    .fontSize(12)
    .fillColor("black")
    .text(lh.unitName, left, 36, { width: width - 110 });
  const contact = [lh.address, lh.phone ? `Telp. ${lh.phone}` : null, lh.email].filter(Boolean).join(" · ");
  doc
    .font(FONT.regular)
    .fontSize(8)
    .text(contact, left, doc.y + 1, { width: width - 110 });
  doc
    .font(FONT.bold)
    .fontSize(13)
    .fillColor("#b00020")
    .text(TEXT.confidential, left + width - 100, 36, { width: 100, align: "right" });
  doc.fillColor("black");
  doc
    .font(FONT.regular)
    .fontSize(8)
    .text(`${TEXT.register}: ${file.facts.registerNumber ?? TEXT.noRegister}`, left, 92, { width });
  doc
    .moveTo(left, 104)
    .lineTo(left + width, 104)
    .lineWidth(1)
    .stroke();
  const footerY = doc.page.height - 44;
  doc
    .moveTo(left, footerY - 6)
    .lineTo(left + width, footerY - 6)
    .lineWidth(0.5)
    .stroke();
  const printed = TEXT.printed(file.printedBy, dateTime(file.printedAt, lh.timeZone));
  doc
    .font(FONT.regular)
    .fontSize(8)
    .text(printed, left, footerY, { width: width - 110 });
  doc.text(TEXT.page(page, pages), left + width - 110, footerY, { width: 110, align: "right" });
  doc.page.margins.bottom = bottom;
}

/** The PDF bytes of a case file already redacted for `mode` (see redact-case-file.ts). */
export async function renderCaseFile(file: CaseFile, mode: PrintMode): Promise<Buffer> {
  // pdfkit and the fonts load on the first print: about 25 MB that a server which never prints need not hold.
  const [{ default: PDFKit }, fonts] = await Promise.all([import("pdfkit"), caseFileFonts()]);
  const doc = new PDFKit({
    size: "A4",
    margins: MARGINS,
    bufferPages: true,
    // Start with the embedded font: pdfkit then never loads its built-in Helvetica.
    // (pdfkit takes a parsed fontkit font; its types only know names and paths.)
    font: fonts.regular as unknown as string,
    info: { Title: `${TEXT.title} ${file.facts.registerNumber ?? ""}`.trim(), Producer: "Teduh", Creator: "Teduh" },
  });
  doc.registerFont(FONT.regular, fonts.regular as unknown as string);
  doc.registerFont(FONT.bold, fonts.bold as unknown as string);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.font(FONT.bold).fontSize(15).text(TEXT.title, { align: "center" });
  if (mode.variant === "victim") doc.font(FONT.regular).fontSize(9).text(TEXT.victimCopy, { align: "center" });
  writeSections(new PdfWriter(doc), file, mode);
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    decorate(doc, file, i - range.start + 1, range.count);
  }
  doc.end();
  return done;
}
