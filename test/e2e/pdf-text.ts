// End-to-end helper: the text of a downloaded PDF as pdf.js reads it, every run of whitespace made one space.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    for (const item of content.items) if ("str" in item) parts.push(item.str, item.hasEOL ? " " : "");
    parts.push(" ");
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, text: parts.join("").replace(/\s+/g, " ") };
}
