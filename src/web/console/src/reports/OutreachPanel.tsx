// OutreachPanel of a report's page in the intake console (being built; renders nothing yet).
export function OutreachPanel(_props: { reportId: string; unitId: string }) {
  return null;
}
