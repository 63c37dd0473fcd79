// When a case is next due for review: at least every three months, monthly at high risk (DOMAIN.md, monitoring).
const DAY_MS = 86_400_000;

export function reviewDueFrom(at: Date, riskLevel: string | null): Date {
  return new Date(at.getTime() + (riskLevel === "high" ? 30 : 90) * DAY_MS);
}
