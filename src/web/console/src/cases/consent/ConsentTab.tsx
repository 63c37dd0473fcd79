// The case page's consent tab: state per purpose, links sent to the client, history; ask by link, record in person, withdraw.
import { Alert, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../api/queries";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import type { CaseDetailT } from "../contracts";
import { useConsentOverview } from "./api";
import { ClientLinksTable } from "./ClientLinksTable";
import { ConsentCurrent } from "./ConsentCurrent";
import { ConsentHistory } from "./ConsentHistory";
import { ConsentLinkModal } from "./ConsentLinkModal";
import { CONSENT_STATUSES } from "./contracts";
import { RecordConsentModal } from "./RecordConsentModal";
import { managesConsent } from "./visibility";
import { WithdrawConsentModal } from "./WithdrawConsentModal";

type Open = { kind: "link" } | { kind: "inPerson" } | { kind: "withdraw"; purpose: string } | null;

export function ConsentTab({ detail }: { detail: CaseDetailT }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const query = useConsentOverview(detail.id);
  const [open, setOpen] = useState<Open>(null);
  if (query.isPending) return <Loading />;
  if (query.error) return <ErrorNotice error={query.error} />;
  const overview = query.data;
  const canManage = managesConsent(me, detail);
  const running = CONSENT_STATUSES.includes(detail.status);
  return (
    <Stack gap="md" data-testid="consent-tab">
      <Card withBorder padding="md" component="section" aria-labelledby="consent-title">
        <Stack gap="sm">
          <Title order={2} fz="md" id="consent-title">
            {t("consent.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("consent.intro")}
          </Text>
          {overview.guardianRequired && (
            <Alert variant="light" color="grape" p="xs" data-testid="consent-guardian-required">
              <Text size="sm">{t("consent.guardianRequired")}</Text>
            </Alert>
          )}
          {canManage && running && (
            <Group gap="xs">
              <Button onClick={() => setOpen({ kind: "link" })} data-testid="consent-request-link">
                {t("consent.actions.requestLink")}
              </Button>
              <Button variant="light" onClick={() => setOpen({ kind: "inPerson" })} data-testid="consent-record-in-person">
                {t("consent.actions.recordInPerson")}
              </Button>
            </Group>
          )}
          {canManage && !running && (
            <Text size="sm" c="dimmed">
              {t("consent.notRunning")}
            </Text>
          )}
        </Stack>
      </Card>
      <ConsentCurrent
        overview={overview}
        unitId={detail.unitId}
        canWithdraw={canManage}
        onWithdraw={(purpose) => setOpen({ kind: "withdraw", purpose })}
      />
      <Card withBorder padding="md" component="section" aria-labelledby="consent-links-title">
        <Title order={2} fz="md" id="consent-links-title" mb="sm">
          {t("consent.links.title")}
        </Title>
        <ClientLinksTable
          caseId={detail.id}
          unitId={detail.unitId}
          links={overview.links}
          canManage={canManage}
          testId="consent-links"
        />
      </Card>
      <ConsentHistory overview={overview} unitId={detail.unitId} />
      {open?.kind === "link" && <ConsentLinkModal caseId={detail.id} overview={overview} onClose={() => setOpen(null)} />}
      {open?.kind === "inPerson" && <RecordConsentModal caseId={detail.id} overview={overview} onClose={() => setOpen(null)} />}
      {open?.kind === "withdraw" && (
        <WithdrawConsentModal caseId={detail.id} purpose={open.purpose} onClose={() => setOpen(null)} />
      )}
    </Stack>
  );
}
