// The sections of the intake form (SAPA): complaint, reporter, victim, incident and perpetrator, condition and needs.
import { Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import {
  CONTACT_METHODS,
  EDUCATION_LEVELS,
  INCIDENT_PLACES,
  MARITAL_STATUSES,
  OCCUPATIONS,
  PERPETRATOR_RELATIONSHIPS,
  REPORT_CATEGORIES,
  REPORTER_RELATIONS,
  RISK_LEVELS,
  SEXES,
  STAFF_CHANNELS,
  VIOLENCE_TYPES,
} from "../contracts";
import { ageFrom, type Values } from "./intakeFormValues";
import { optionalOptions, optionsOf, requiredOptions } from "./labels";
import { RegionSelects } from "./RegionSelects";

type Props = { form: UseFormReturnType<Values>; posts: { value: string; label: string }[]; lockChannel: boolean };

export function IntakeFormFields({ form, posts, lockChannel }: Props) {
  const { t } = useTranslation();
  const field = (name: string) => form.getInputProps(name);
  const long = (name: string, label: string) => <Textarea label={label} autosize minRows={2} {...field(name)} />;
  return (
    <Stack gap="lg">
      <Fieldset legend={t("intake.form.complaint")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t("intake.fields.channel")}
            // A public report (web, panic button) shows its own channel, which no officer can choose.
            data={lockChannel ? optionsOf(t, "channel", [form.values.channel]) : requiredOptions(t, "channel", STAFF_CHANNELS)}
            disabled={lockChannel}
            required
            {...field("channel")}
          />
          {form.values.channel === "walk_in" && (
            <NativeSelect
              label={t("intake.fields.post")}
              data={[{ value: "", label: t("intake.form.choosePost") }, ...posts]}
              required
              {...field("postId")}
            />
          )}
          <NativeSelect
            label={t("intake.fields.category")}
            data={requiredOptions(t, "category", REPORT_CATEGORIES)}
            required
            {...field("category")}
          />
          <NativeSelect label={t("intake.fields.risk")} data={optionalOptions(t, "risk", RISK_LEVELS)} {...field("riskLevel")} />
        </SimpleGrid>
        <Checkbox mt="sm" label={t("intake.fields.inDanger")} {...form.getInputProps("inDanger", { type: "checkbox" })} />
      </Fieldset>
      <Fieldset legend={t("intake.form.reporter")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t("intake.fields.reporterRelation")}
            data={requiredOptions(t, "reporterRelation", REPORTER_RELATIONS)}
            required
            {...field("reporterRelation")}
          />
          <TextInput label={t("intake.fields.reporterName")} {...field("reporterName")} />
          <TextInput label={t("intake.fields.reporterPhone")} type="tel" {...field("reporterPhone")} />
          <NativeSelect
            label={t("intake.fields.contactMethod")}
            data={requiredOptions(t, "contactMethod", CONTACT_METHODS)}
            required
            {...field("contactMethod")}
          />
          <TextInput label={t("intake.fields.safeTime")} {...field("safeTime")} />
        </SimpleGrid>
        {long("details.reporterAddress", t("intake.fields.reporterAddress"))}
      </Fieldset>
      <Fieldset legend={t("intake.form.victim")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t("intake.fields.victimName")} required {...field("victimName")} />
          {/* No length limit: a NIK pasted in groups of four ("3509 0145 …") would be cut short; the check says what is wrong. */}
          <TextInput label={t("intake.fields.victimNik")} inputMode="numeric" {...field("victimNik")} />
          <TextInput
            label={t("intake.fields.victimBirthDate")}
            type="date"
            {...field("victimBirthDate")}
            onChange={(e) => {
              // The age follows the birth date, so the two never disagree.
              const date = e.currentTarget.value;
              form.setFieldValue("victimBirthDate", date);
              const age = ageFrom(date);
              if (age !== null) form.setFieldValue("victimAge", String(age));
            }}
          />
          <TextInput label={t("intake.fields.victimAge")} type="number" min={0} max={120} {...field("victimAge")} />
          <NativeSelect label={t("intake.fields.victimSex")} data={optionalOptions(t, "sex", SEXES)} {...field("victimSex")} />
          <TextInput label={t("intake.fields.victimPhone")} type="tel" {...field("victimPhone")} />
          <NativeSelect
            label={t("intake.fields.education")}
            data={optionalOptions(t, "education", EDUCATION_LEVELS)}
            {...field("victimEducation")}
          />
          <NativeSelect
            label={t("intake.fields.occupation")}
            data={optionalOptions(t, "occupation", OCCUPATIONS)}
            {...field("victimOccupation")}
          />
          <NativeSelect
            label={t("intake.fields.maritalStatus")}
            data={optionalOptions(t, "marital", MARITAL_STATUSES)}
            {...field("victimMaritalStatus")}
          />
        </SimpleGrid>
        <Group mt="sm" align="flex-end">
          <Checkbox label={t("intake.fields.disability")} {...form.getInputProps("victimDisability", { type: "checkbox" })} />
          {form.values.victimDisability && (
            <TextInput label={t("intake.fields.disabilityType")} {...field("victimDisabilityType")} />
          )}
        </Group>
        {long("details.victimAddressKtp", t("intake.fields.addressKtp"))}
        {long("details.victimAddressDomicile", t("intake.fields.addressDomicile"))}
        <RegionSelects form={form} />
      </Fieldset>
      <Fieldset legend={t("intake.form.incident")}>
        <Checkbox.Group label={t("intake.fields.violenceTypes")} required {...field("violenceTypes")}>
          <Group mt={6} gap="md">
            {optionsOf(t, "violence", VIOLENCE_TYPES).map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} />
            ))}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
          <NativeSelect
            label={t("intake.fields.incidentPlace")}
            data={optionalOptions(t, "place", INCIDENT_PLACES)}
            {...field("incidentPlace")}
          />
          <TextInput label={t("intake.fields.incidentDate")} type="date" {...field("incidentDate")} />
          <TextInput label={t("intake.fields.incidentLocation")} {...field("incidentLocation")} />
          <NativeSelect
            label={t("intake.fields.relationship")}
            data={optionalOptions(t, "relationship", PERPETRATOR_RELATIONSHIPS)}
            {...field("perpetratorRelationship")}
          />
        </SimpleGrid>
        <Textarea label={t("intake.fields.chronology")} required autosize minRows={4} mt="sm" {...field("chronology")} />
        {long("perpetrator", t("intake.fields.perpetrator"))}
      </Fieldset>
      <Fieldset legend={t("intake.form.condition")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {long("details.conditionPhysical", t("intake.fields.conditionPhysical"))}
          {long("details.conditionPsychological", t("intake.fields.conditionPsychological"))}
          {long("details.conditionSocial", t("intake.fields.conditionSocial"))}
          {long("details.conditionSpiritual", t("intake.fields.conditionSpiritual"))}
          {long("details.needs", t("intake.fields.needs"))}
          {long("details.expectations", t("intake.fields.expectations"))}
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
