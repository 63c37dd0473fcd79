// The console's door to the verification and outreach contracts (kept apart from the shared contracts.ts).
export * from "../../../../modules/reports/categories";
export * from "../../../../modules/reports/verification/contracts";
