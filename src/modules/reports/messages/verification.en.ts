// Server messages (English) of the reports module's verification part; keys must match verification.id.ts.
import type { verificationId } from "./verification.id.js";

export const verificationEn: Record<keyof typeof verificationId, string> = {
  "reports.verification.placeholder": "(reserved)",
};
