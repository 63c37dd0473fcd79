// Server messages (English) of the reports module's public part; keys must match public.id.ts.
import type { publicId } from "./public.id.js";

export const publicEn: Record<keyof typeof publicId, string> = {
  "reports.public.placeholder": "(reserved)",
};
