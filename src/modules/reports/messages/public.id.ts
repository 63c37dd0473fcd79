// Server messages (Bahasa Indonesia) of the reports module's public part; merged into the platform catalogue.
export const publicId = {
  "reports.public.placeholder": "(cadangan)",
} as const;
