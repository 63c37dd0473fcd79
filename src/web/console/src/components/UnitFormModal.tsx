// Create or edit a unit: name, kind, the region it serves (selects), parent, time zone (WIB/WITA/WIT), address and contacts.
import { Button, Group, Modal, NativeSelect, Stack, Switch, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { keys } from "../api/queries";
import { UnitBody, type UnitT } from "../contracts";
import { applyServerErrors, orNull, zodValidate } from "../lib/forms";
import { timeZoneOptions, unitKindOptions } from "../lib/options";
import { FormError } from "./FormError";
import { UnitRegionSelect } from "./UnitRegionSelect";

type Values = {
  name: string;
  kind: string;
  regionCode: string;
  parentId: string;
  timeZone: string;
  address: string;
  phone: string;
  email: string;
  active: boolean;
};

const toBody = (v: Values) => ({
  name: v.name.trim(),
  kind: v.kind,
  regionCode: v.regionCode.trim(),
  parentId: v.parentId || null,
  timeZone: v.timeZone,
  address: v.address.trim(),
  phone: orNull(v.phone),
  email: orNull(v.email),
});

type Props = { unit?: UnitT; units: UnitT[]; onClose: () => void };

export function UnitFormModal({ unit, units, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: {
      name: unit?.name ?? "",
      kind: unit?.kind ?? "regency_city",
      regionCode: unit?.regionCode ?? "",
      parentId: unit?.parentId ?? "",
      timeZone: unit?.timeZone ?? "Asia/Jakarta",
      address: unit?.address ?? "",
      phone: unit?.phone ?? "",
      email: unit?.email ?? "",
      active: unit?.active ?? true,
    },
    validate: zodValidate(UnitBody, toBody, { regionCode: "validation.regionCode" }),
  });
  const save = useMutation({
    mutationFn: (values: Values) =>
      unit
        ? api<UnitT>("PATCH", `/units/${unit.id}`, { ...toBody(values), active: values.active })
        : api<UnitT>("POST", "/units", toBody(values)),
    onSuccess: async (saved) => {
      queryClient.setQueryData(keys.unit(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: keys.units, exact: true });
      notifications.show({ color: "teduh", message: t("common.saved") });
      onClose();
    },
    onError: (err) => applyServerErrors(form, err),
  });
  const parents = units.filter((u) => u.kind === "province" && u.id !== unit?.id);

  return (
    <Modal opened onClose={onClose} title={unit ? t("units.edit") : t("units.create")} size="lg">
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <TextInput label={t("units.name")} required {...form.getInputProps("name")} />
          <NativeSelect
            label={t("units.kind")}
            data={unitKindOptions(t)}
            required
            {...form.getInputProps("kind")}
            onChange={(event) => {
              form.setFieldValue("kind", event.currentTarget.value);
              // A province serves its 2-digit code; a regency/city a 4-digit one: switching kind keeps the province.
              form.setFieldValue(
                "regionCode",
                event.currentTarget.value === "province" ? form.values.regionCode.slice(0, 2) : "",
              );
            }}
          />
          <UnitRegionSelect
            kind={form.values.kind}
            value={form.values.regionCode}
            error={form.errors.regionCode}
            onChange={(code) => {
              form.setFieldValue("regionCode", code);
              form.clearFieldError("regionCode");
            }}
          />
          <NativeSelect
            label={t("units.parent")}
            data={[{ value: "", label: t("units.noParent") }, ...parents.map((p) => ({ value: p.id, label: p.name }))]}
            {...form.getInputProps("parentId")}
          />
          <NativeSelect label={t("units.timeZone")} data={timeZoneOptions(t)} required {...form.getInputProps("timeZone")} />
          <Textarea label={t("fields.address")} autosize minRows={2} required {...form.getInputProps("address")} />
          <Group grow align="flex-start" preventGrowOverflow={false} wrap="wrap">
            <TextInput label={t("fields.phone")} type="tel" {...form.getInputProps("phone")} />
            <TextInput label={t("fields.email")} type="email" {...form.getInputProps("email")} />
          </Group>
          {unit && <Switch label={t("common.active")} {...form.getInputProps("active", { type: "checkbox" })} />}
          <FormError error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
