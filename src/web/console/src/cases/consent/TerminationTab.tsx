// The case page's termination tab: once termination is approved the case manager sends the form by link or records it in person
// (which closes the case); afterwards the signed form and the client's feedback.
import { Alert, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../api/queries";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import type { CaseDetailT } from "../contracts";
import { useConsentOverview, useTerminationOverview } from "./api";
import { ClientLinksTable } from "./ClientLinksTable";
import { RecordTerminationModal } from "./RecordTerminationModal";
import { TerminationForms } from "./TerminationForms";
import { TerminationLinkModal } from "./TerminationLinkModal";
import { managesConsent } from "./visibility";

export function TerminationTab({ detail }: { detail: CaseDetailT }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const query = useTerminationOverview(detail.id);
  const consent = useConsentOverview(detail.id);
  const [open, setOpen] = useState<"link" | "inPerson" | null>(null);
  if (query.isPending || consent.isPending) return <Loading />;
  if (query.error) return <ErrorNotice error={query.error} />;
  if (consent.error) return <ErrorNotice error={consent.error} />;
  const overview = query.data;
  const canManage = managesConsent(me, detail);
  // The transition table lets exactly the case's case manager complete the termination: the form is theirs to take.
  const canSign = detail.allowedEvents.includes("complete_termination");
  return (
    <Stack gap="md" data-testid="termination-tab">
      {detail.status === "termination_approved" && (
        <Card withBorder padding="md" component="section" aria-labelledby="termination-title">
          <Stack gap="sm">
            <Title order={2} fz="md" id="termination-title">
              {t("consent.termination.title")}
            </Title>
            <Alert variant="light" color="yellow" p="xs">
              <Text size="sm">{t("consent.termination.waiting")}</Text>
            </Alert>
            {canSign ? (
              <Group gap="xs">
                <Button onClick={() => setOpen("link")} data-testid="termination-send-link">
                  {t("consent.termination.sendLink")}
                </Button>
                <Button variant="light" onClick={() => setOpen("inPerson")} data-testid="termination-record-in-person">
                  {t("consent.termination.recordInPerson")}
                </Button>
              </Group>
            ) : (
              <Text size="sm" c="dimmed">
                {t("consent.termination.onlyCaseManager")}
              </Text>
            )}
          </Stack>
        </Card>
      )}
      <Card withBorder padding="md" component="section" aria-labelledby="termination-forms-title">
        <Title order={2} fz="md" id="termination-forms-title" mb="sm">
          {t("consent.termination.forms")}
        </Title>
        <TerminationForms forms={overview.forms} unitId={detail.unitId} />
      </Card>
      <Card withBorder padding="md" component="section" aria-labelledby="termination-links-title">
        <Title order={2} fz="md" id="termination-links-title" mb="sm">
          {t("consent.links.title")}
        </Title>
        <ClientLinksTable
          caseId={detail.id}
          unitId={detail.unitId}
          links={overview.links}
          canManage={canManage}
          testId="termination-links"
        />
      </Card>
      {open === "link" && <TerminationLinkModal caseId={detail.id} onClose={() => setOpen(null)} />}
      {open === "inPerson" && (
        <RecordTerminationModal
          detail={detail}
          overview={overview}
          guardianRequired={consent.data.guardianRequired}
          onClose={() => setOpen(null)}
        />
      )}
    </Stack>
  );
}
