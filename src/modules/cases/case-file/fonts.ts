// The case file's embedded TrueType fonts (DejaVu Sans, assets/fonts), read and parsed once per process.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as fontkit from "fontkit";

const FONT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../assets/fonts");

/** Parsed fonts, handed to pdfkit as they are: parsing DejaVu's tables again for every document costs most of a print. */
export interface CaseFileFonts {
  regular: fontkit.Font;
  bold: fontkit.Font;
}

let loaded: CaseFileFonts | null = null;

function parse(file: string): fontkit.Font {
  const font = fontkit.create(fs.readFileSync(path.join(FONT_DIR, file)));
  if (!("layout" in font)) throw new Error(`${file} is a font collection, not a font`);
  return font;
}

export function caseFileFonts(): CaseFileFonts {
  loaded ??= { regular: parse("DejaVuSans.ttf"), bold: parse("DejaVuSans-Bold.ttf") };
  return loaded;
}
