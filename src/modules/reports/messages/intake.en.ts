// Server messages (English) of the reports module's intake part; keys must match intake.id.ts.
import type { intakeId } from "./intake.id.js";

export const intakeEn: Record<keyof typeof intakeId, string> = {
  "reports.intake.placeholder": "(reserved)",
};
