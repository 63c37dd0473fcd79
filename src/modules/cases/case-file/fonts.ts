// The case file's embedded TrueType fonts (DejaVu Sans, assets/fonts), read and parsed once per process.
import fs from "node:fs";
import path from "node:path";
import type * as fontkit from "fontkit";
import { PROJECT_ROOT } from "../../../platform/project-root.js";

const FONT_DIR = path.join(PROJECT_ROOT, "assets/fonts");

/** Parsed fonts, handed to pdfkit as they are: parsing DejaVu's tables again for every document costs most of a print. */
export interface CaseFileFonts {
  regular: fontkit.Font;
  bold: fontkit.Font;
}

let loaded: Promise<CaseFileFonts> | null = null;

async function load(): Promise<CaseFileFonts> {
  // fontkit comes with pdfkit, on the first print (render-case-file.ts).
  const { create } = await import("fontkit");
  const parse = (file: string): fontkit.Font => {
    const font = create(fs.readFileSync(path.join(FONT_DIR, file)));
    if (!("layout" in font)) throw new Error(`${file} is a font collection, not a font`);
    return font;
  };
  return { regular: parse("DejaVuSans.ttf"), bold: parse("DejaVuSans-Bold.ttf") };
}

export function caseFileFonts(): Promise<CaseFileFonts> {
  // A failed load (a font file missing) is not kept: the next print tries again.
  loaded ??= load().catch((error: unknown) => {
    loaded = null;
    throw error;
  });
  return loaded;
}
