// The last step of sending a client link (consent or termination form): the created link's card and "Done".
import { Button, Group, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CreatedClientLinkCard } from "./CreatedClientLinkCard";
import type { CreatedClientLinkT } from "./contracts";

type Props = { caseId: string; created: CreatedClientLinkT; title: string; testId: string; onClose: () => void };

export function CreatedLinkStep({ caseId, created, title, testId, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Stack>
      <CreatedClientLinkCard
        caseId={caseId}
        created={created}
        title={title}
        codeExplain={t("consent.link.codeExplain")}
        testId={testId}
      />
      <Group justify="flex-end">
        <Button onClick={onClose}>{t("consent.actions.done")}</Button>
      </Group>
    </Stack>
  );
}
