// The seven sections of an assessment, read-only, each under its heading (an empty section says so).
import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ASSESSMENT_SECTIONS, type AssessmentT } from "./contracts";

export function SectionsView({ sections }: { sections: AssessmentT["sections"] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {ASSESSMENT_SECTIONS.map((key) => (
        <div key={key} data-testid={`assessment-view-${key}`}>
          <Text size="sm" fw={600}>
            {t(`services.sections.${key}`)}
          </Text>
          <Text size="sm" c={sections[key] ? undefined : "dimmed"} style={{ whiteSpace: "pre-wrap" }}>
            {sections[key] ?? t("services.assessment.sectionEmpty")}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
