// The fields of a draft assessment: one text area per section (with a prompt of what belongs there) and the risk level.
import { NativeSelect, Stack, Textarea } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { RISK_LEVELS } from "../../contracts";
import { optionalOptions } from "../../intake/labels";
import type { AssessmentValues } from "./assessmentValues";
import { ASSESSMENT_SECTIONS } from "./contracts";

export function AssessmentFields({ form }: { form: UseFormReturnType<AssessmentValues> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {ASSESSMENT_SECTIONS.map((key) => (
        <Textarea
          key={key}
          label={t(`services.sections.${key}`)}
          description={t(`services.sectionHelp.${key}`)}
          autosize
          minRows={3}
          maxLength={8000}
          data-testid={`assessment-section-${key}`}
          {...form.getInputProps(key)}
        />
      ))}
      <NativeSelect
        label={t("services.assessment.riskLevel")}
        description={t("services.assessment.riskHelp")}
        data={optionalOptions(t, "risk", RISK_LEVELS)}
        data-testid="assessment-risk"
        {...form.getInputProps("riskLevel")}
      />
    </Stack>
  );
}
