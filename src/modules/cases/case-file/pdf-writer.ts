// The case file's building blocks on a pdfkit page: section headings, label-value rows, list entries, "none recorded yet".
import type PDFDocument from "pdfkit";
import { TEXT } from "./labels.id.js";

type Doc = InstanceType<typeof PDFDocument>;

export const FONT = { regular: "DejaVu", bold: "DejaVu-Bold" } as const;
const LABEL_WIDTH = 150;
const GAP = 10;

export class PdfWriter {
  constructor(readonly doc: Doc) {}

  private get left(): number {
    return this.doc.page.margins.left;
  }

  private get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** Starts a new page when fewer than `height` points are left above the bottom margin. */
  private room(height: number): void {
    if (this.doc.y + height > this.doc.page.height - this.doc.page.margins.bottom) this.doc.addPage();
  }

  heading(text: string): void {
    this.room(60);
    this.doc.moveDown(0.8).font(FONT.bold).fontSize(12).text(text, this.left, this.doc.y, { width: this.width });
    const y = this.doc.y + 2;
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(0.5)
      .stroke();
    this.doc.moveDown(0.5);
  }

  subheading(text: string): void {
    this.room(40);
    this.doc.moveDown(0.3).font(FONT.bold).fontSize(10).text(text, this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.2);
  }

  /** A label and its value side by side; an absent value prints as "-". */
  field(label: string, value: string | number | null | undefined): void {
    const text = value === null || value === undefined || value === "" ? "-" : String(value);
    this.doc.font(FONT.regular).fontSize(9);
    const valueWidth = this.width - LABEL_WIDTH - GAP;
    this.room(Math.min(this.doc.heightOfString(text, { width: valueWidth }), 120) + 4);
    const y = this.doc.y;
    this.doc.font(FONT.bold).text(label, this.left, y, { width: LABEL_WIDTH });
    const labelEnd = this.doc.y;
    this.doc.font(FONT.regular).text(text, this.left + LABEL_WIDTH + GAP, y, { width: valueWidth });
    this.doc.y = Math.max(this.doc.y, labelEnd) + 2;
  }

  /** One item of a list: a bold first line, then indented detail lines (empty ones are skipped). */
  entry(title: string, lines: (string | null)[]): void {
    this.room(36);
    this.doc.font(FONT.bold).fontSize(9).text(title, this.left, this.doc.y, { width: this.width });
    this.doc.font(FONT.regular);
    for (const line of lines) if (line) this.doc.text(line, this.left + 14, this.doc.y, { width: this.width - 14 });
    this.doc.moveDown(0.3);
  }

  none(): void {
    this.doc.font(FONT.regular).fontSize(9).fillColor("#555555").text(TEXT.none, this.left, this.doc.y, { width: this.width });
    this.doc.fillColor("black");
  }
}
