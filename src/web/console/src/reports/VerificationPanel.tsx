// VerificationPanel of a report's page in the intake console (being built; renders nothing yet).
export function VerificationPanel(_props: { reportId: string; unitId: string }) {
  return null;
}
