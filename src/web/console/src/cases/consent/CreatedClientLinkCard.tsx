// A client link just made: the verification console's card (code, link, message, QR code) with "mark as sent" for this link.
import { Box } from "@mantine/core";
import { useState } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { CreatedLinkCard } from "../../reports/CreatedLinkCard";
import { useClientLinkAction } from "./api";
import type { CreatedClientLinkT } from "./contracts";

type Props = { caseId: string; created: CreatedClientLinkT; title: string; codeExplain: string; testId: string };

export function CreatedClientLinkCard({ caseId, created, title, codeExplain, testId }: Props) {
  const action = useClientLinkAction(caseId);
  const [markedSent, setMarkedSent] = useState(false);
  return (
    <Box data-testid={testId}>
      <CreatedLinkCard
        created={created}
        title={title}
        codeExplain={codeExplain}
        marking={action.isPending}
        markedSent={markedSent}
        onMarkSent={() => action.mutate({ id: created.link.id, action: "sent" }, { onSuccess: () => setMarkedSent(true) })}
      />
      {action.error && <ErrorNotice error={action.error} />}
    </Box>
  );
}
