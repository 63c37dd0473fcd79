// Server messages (Bahasa Indonesia) of the reports module's intake part; merged into the platform catalogue.
export const intakeId = {
  "reports.intake.placeholder": "(cadangan)",
} as const;
