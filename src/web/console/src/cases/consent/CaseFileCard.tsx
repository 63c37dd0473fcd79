// Downloads of the printable case file: the unit's full archive copy and the victim's copy without other people's data.
import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../../components/ErrorNotice";
import type { CaseFileVariant } from "./contracts";
import { downloadCaseFile } from "./downloadCaseFile";

export function CaseFileCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const download = useMutation({ mutationFn: (variant: CaseFileVariant) => downloadCaseFile(caseId, variant) });
  const busy = (variant: CaseFileVariant) => download.isPending && download.variables === variant;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="case-file-title" data-testid="case-file">
      <Stack gap="sm">
        <Title order={2} fz="md" id="case-file-title">
          {t("consent.caseFile.title")}
        </Title>
        <Text size="xs" c="dimmed">
          {t("consent.caseFile.intro")}
        </Text>
        <Group gap="xs">
          <Button
            size="xs"
            loading={busy("full")}
            disabled={download.isPending}
            onClick={() => download.mutate("full")}
            data-testid="case-file-full"
          >
            {t("consent.caseFile.full")}
          </Button>
          <Button
            size="xs"
            variant="light"
            loading={busy("victim")}
            disabled={download.isPending}
            onClick={() => download.mutate("victim")}
            data-testid="case-file-victim"
          >
            {t("consent.caseFile.victim")}
          </Button>
        </Group>
        {download.error && <ErrorNotice error={download.error} />}
      </Stack>
    </Card>
  );
}
