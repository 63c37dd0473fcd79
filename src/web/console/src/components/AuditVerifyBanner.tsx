// The audit chain check: green when intact (N events checked), red with the first tampered event.
import { Alert, Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAuditVerification } from "../api/queries";
import { ErrorNotice } from "./ErrorNotice";

export function AuditVerifyBanner() {
  const { t } = useTranslation();
  const verify = useAuditVerification();
  const recheck = (
    <Button size="xs" variant="white" onClick={() => void verify.refetch()} loading={verify.isFetching}>
      {t("audit.recheck")}
    </Button>
  );
  if (verify.isPending) {
    return (
      <Alert color="gray" variant="light" title={t("audit.verifying")}>
        {t("audit.verifyingHelp")}
      </Alert>
    );
  }
  if (verify.error) return <ErrorNotice error={verify.error} />;
  const result = verify.data;
  if (result.intact) {
    return (
      <Alert color="teduh" variant="filled" data-testid="audit-chain-intact" role="status">
        <Group justify="space-between" gap="xs">
          <Text fw={600} size="sm">
            {t("audit.intact", { count: result.checked })}
          </Text>
          {recheck}
        </Group>
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="filled" data-testid="audit-chain-broken" role="alert">
      <Group justify="space-between" gap="xs">
        <div>
          <Text fw={700} size="sm">
            {result.firstBrokenSeq !== null ? t("audit.broken", { seq: result.firstBrokenSeq }) : t("audit.brokenUnknown")}
          </Text>
          {result.reason && <Text size="sm">{t("audit.reason", { reason: result.reason })}</Text>}
          <Text size="xs">{t("audit.checked", { count: result.checked })}</Text>
        </div>
        {recheck}
      </Group>
    </Alert>
  );
}
