// Every saved version of an assessment, newest first: who saved it, when, draft or final, its risk level and sections.
import { Accordion, Badge, Group, Modal, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { labelOf } from "../../intake/labels";
import { useFormatDate } from "../../lib/useFormatDate";
import { useAssessmentRevisions } from "./queries";
import { SectionsView } from "./SectionsView";

type Props = { assessmentId: string; unitId: string; opened: boolean; onClose: () => void };

export function RevisionsModal({ assessmentId, unitId, opened, onClose }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const revisions = useAssessmentRevisions(assessmentId, opened);
  return (
    <Modal opened={opened} onClose={onClose} title={t("services.assessment.revisionsTitle")} size="xl">
      {revisions.isPending && <Loading />}
      {revisions.error && <ErrorNotice error={revisions.error} />}
      <Accordion variant="separated" data-testid="assessment-revisions">
        {revisions.data?.map((r) => (
          <Accordion.Item key={r.version} value={String(r.version)}>
            <Accordion.Control>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {t("services.assessment.revision", { version: r.version })}
                </Text>
                <Badge size="xs" variant="light" color={r.status === "final" ? "teal" : "yellow"}>
                  {t(`services.assessment.status.${r.status}`)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {r.savedBy.displayName} · {formatDate(r.savedAt, unitId)}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Text size="sm" mb="sm">
                {t("services.assessment.riskLevel")}: {labelOf(t, "risk", r.riskLevel)}
              </Text>
              <SectionsView sections={r.sections} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Modal>
  );
}
