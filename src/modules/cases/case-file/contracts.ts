// Request shape of the printable case file: which variant to print.
import { z } from "zod";

/** full: the unit's archive copy. victim: the victim's copy under UU TPKS, other people's data removed. */
export const CASE_FILE_VARIANTS = ["full", "victim"] as const;
export type CaseFileVariant = (typeof CASE_FILE_VARIANTS)[number];

export const CaseFileQuery = z.object({ variant: z.enum(CASE_FILE_VARIANTS).default("full") });
