// Create or edit a partner agency: name, kind, address, contacts.
import { Button, Group, Modal, NativeSelect, Stack, Switch, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { keys } from "../api/queries";
import { PartnerBody, type PartnerT } from "../contracts";
import { applyServerErrors, orNull, zodValidate } from "../lib/forms";
import { partnerKindOptions } from "../lib/options";
import { FormError } from "./FormError";

type Values = {
  name: string;
  kind: string;
  address: string;
  phone: string;
  email: string;
  contactPerson: string;
  active: boolean;
};

const toBody = (v: Values) => ({
  name: v.name.trim(),
  kind: v.kind,
  address: orNull(v.address),
  phone: orNull(v.phone),
  email: orNull(v.email),
  contactPerson: orNull(v.contactPerson),
});

type Props = { unitId: string; partner?: PartnerT; onClose: () => void };

export function PartnerFormModal({ unitId, partner, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: {
      name: partner?.name ?? "",
      kind: partner?.kind ?? "police",
      address: partner?.address ?? "",
      phone: partner?.phone ?? "",
      email: partner?.email ?? "",
      contactPerson: partner?.contactPerson ?? "",
      active: partner?.active ?? true,
    },
    validate: zodValidate(PartnerBody, toBody),
  });
  const save = useMutation({
    mutationFn: (values: Values) =>
      partner
        ? api<PartnerT>("PATCH", `/partners/${partner.id}`, { ...toBody(values), active: values.active })
        : api<PartnerT>("POST", `/units/${unitId}/partners`, toBody(values)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.partners(unitId) });
      notifications.show({ color: "teduh", message: t("common.saved") });
      onClose();
    },
    onError: (err) => applyServerErrors(form, err),
  });

  return (
    <Modal opened onClose={onClose} title={partner ? t("partners.edit") : t("partners.create")} size="lg">
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <TextInput label={t("partners.name")} required {...form.getInputProps("name")} />
          <NativeSelect label={t("partners.kind")} data={partnerKindOptions(t)} required {...form.getInputProps("kind")} />
          <Textarea label={t("fields.address")} autosize minRows={2} {...form.getInputProps("address")} />
          <TextInput label={t("partners.contactPerson")} {...form.getInputProps("contactPerson")} />
          <Group grow align="flex-start" preventGrowOverflow={false} wrap="wrap">
            <TextInput label={t("fields.phone")} type="tel" {...form.getInputProps("phone")} />
            <TextInput label={t("fields.email")} type="email" {...form.getInputProps("email")} />
          </Group>
          {partner && <Switch label={t("common.active")} {...form.getInputProps("active", { type: "checkbox" })} />}
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
