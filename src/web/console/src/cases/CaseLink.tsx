// A link to a case's page that carries the page it was opened from, so the case page's Back returns there.
import { Anchor, type AnchorProps } from "@mantine/core";
import { Link, useLocation } from "react-router";

/** Where a case page was opened from (react-router location state), for its Back link. */
export type CaseLinkState = { from?: string };

export function CaseLink({ id, children, ...props }: AnchorProps & { id: string; children: React.ReactNode }) {
  const location = useLocation();
  const state: CaseLinkState = { from: `${location.pathname}${location.search}` };
  return (
    <Anchor component={Link} to={`/cases/${id}`} state={state} {...props}>
      {children}
    </Anchor>
  );
}
