// Edit a staff account's name, contacts, and (for service providers) profession and partner agency.
import { Button, Group, Paper, SimpleGrid, Stack, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { keys } from "../api/queries";
import { UserPatch, type UserT } from "../contracts";
import { applyServerErrors, orNull, zodValidate } from "../lib/forms";
import { FormError } from "./FormError";
import { ProfessionFields } from "./ProfessionFields";

type Values = { displayName: string; email: string; phone: string; profession: string; partnerId: string };

export function UserDetailsForm({ user }: { user: UserT }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const provider = user.roles.some((g) => g.role === "service_provider");
  const toBody = (v: Values) => ({
    displayName: v.displayName.trim(),
    email: orNull(v.email),
    phone: orNull(v.phone),
    ...(provider ? { profession: v.profession || null, partnerId: v.partnerId || null } : {}),
  });
  const form = useForm<Values>({
    initialValues: {
      displayName: user.displayName,
      email: user.email ?? "",
      phone: user.phone ?? "",
      profession: user.profession ?? "",
      partnerId: user.partnerId ?? "",
    },
    validate: zodValidate(UserPatch, toBody),
  });
  const save = useMutation({
    mutationFn: (values: Values) => api<UserT>("PATCH", `/users/${user.id}`, toBody(values)),
    onSuccess: async (saved) => {
      queryClient.setQueryData(keys.user(user.id), saved);
      await queryClient.invalidateQueries({ queryKey: keys.users, exact: false });
      form.resetDirty();
      notifications.show({ color: "teduh", message: t("common.saved") });
    },
    onError: (err) => applyServerErrors(form, err),
  });
  const providerUnits = user.roles.filter((g) => g.role === "service_provider" && g.unitId).map((g) => g.unitId as string);

  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }}>
      <Title order={2} fz="lg" mb="md">
        {t("users.details")}
      </Title>
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t("fields.displayName")} required {...form.getInputProps("displayName")} />
            <TextInput label={t("fields.email")} type="email" {...form.getInputProps("email")} />
            <TextInput label={t("fields.phone")} type="tel" {...form.getInputProps("phone")} />
            {provider && (
              <ProfessionFields
                profession={form.values.profession}
                partnerId={form.values.partnerId}
                unitIds={providerUnits}
                errors={form.errors}
                onProfession={(value) => form.setFieldValue("profession", value)}
                onPartner={(value) => form.setFieldValue("partnerId", value)}
              />
            )}
          </SimpleGrid>
          <FormError error={save.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t("users.saveDetails")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
