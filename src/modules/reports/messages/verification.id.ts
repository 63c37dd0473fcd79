// Server messages (Bahasa Indonesia) of the reports module's verification part; merged into the platform catalogue.
export const verificationId = {
  "reports.verification.placeholder": "(cadangan)",
} as const;
