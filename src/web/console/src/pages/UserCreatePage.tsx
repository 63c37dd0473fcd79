// New staff account: identity, contacts, role grants (and profession for service providers); then the set-up link.
import { Button, Group, Paper, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api } from "../api/client";
import { keys, type OneTimeLinkT, useUnits } from "../api/queries";
import { FormError } from "../components/FormError";
import { OneTimeLinkCard } from "../components/OneTimeLinkCard";
import { PageHeader } from "../components/PageHeader";
import { ProfessionFields } from "../components/ProfessionFields";
import { RoleGrantsEditor } from "../components/RoleGrantsEditor";
import { UserBody, type UserT } from "../contracts";
import { applyServerErrors, orNull, zodValidate } from "../lib/forms";
import { emptyGrant, type GrantValue, grantErrors, hasServiceProvider, professionErrors, toGrants } from "../lib/grants";

type Values = {
  username: string;
  displayName: string;
  email: string;
  phone: string;
  profession: string;
  partnerId: string;
  roles: GrantValue[];
};

const initialValues: Values = {
  username: "",
  displayName: "",
  email: "",
  phone: "",
  profession: "",
  partnerId: "",
  roles: [emptyGrant()],
};

const toBody = (v: Values) => {
  const provider = hasServiceProvider(v.roles);
  return {
    username: v.username.trim().toLowerCase(),
    displayName: v.displayName.trim(),
    email: orNull(v.email),
    phone: orNull(v.phone),
    profession: provider ? v.profession || null : null,
    partnerId: provider ? v.partnerId || null : null,
    roles: toGrants(v.roles),
  };
};

const schemaCheck = zodValidate(UserBody, toBody, { username: "validation.username" });

export function UserCreatePage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const units = useUnits();
  const [created, setCreated] = useState<{ user: UserT; setupLink: OneTimeLinkT } | null>(null);
  const form = useForm<Values>({
    initialValues,
    validate: (values) => ({ ...schemaCheck(values), ...grantErrors(values.roles), ...professionErrors(values) }),
  });
  const save = useMutation({
    mutationFn: (values: Values) => api<{ user: UserT; setupLink: OneTimeLinkT }>("POST", "/users", toBody(values)),
    onSuccess: async (result) => {
      setCreated(result);
      await queryClient.invalidateQueries({ queryKey: keys.users });
    },
    onError: (err) => applyServerErrors(form, err),
  });

  if (created) {
    return (
      <Stack maw={720}>
        <PageHeader title={t("users.createdTitle", { name: created.user.displayName })} />
        <OneTimeLinkCard link={created.setupLink} title={t("users.setupLinkTitle")} />
        <Group>
          <Button component={Link} to={`/users/${created.user.id}`}>
            {t("users.openUser")}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              form.reset();
              save.reset();
              setCreated(null);
            }}
          >
            {t("users.createAnother")}
          </Button>
        </Group>
      </Stack>
    );
  }

  const provider = hasServiceProvider(form.values.roles);
  const providerUnits = form.values.roles.filter((g) => g.role === "service_provider" && g.unitId).map((g) => g.unitId);
  return (
    <Stack maw={820}>
      <PageHeader title={t("users.create")} description={t("users.createHelp")} />
      <Paper withBorder p={{ base: "md", sm: "lg" }}>
        <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t("fields.username")}
                description={t("fields.usernameHelp")}
                autoCapitalize="none"
                spellCheck={false}
                required
                {...form.getInputProps("username")}
              />
              <TextInput label={t("fields.displayName")} required {...form.getInputProps("displayName")} />
              <TextInput label={t("fields.email")} type="email" {...form.getInputProps("email")} />
              <TextInput label={t("fields.phone")} type="tel" {...form.getInputProps("phone")} />
            </SimpleGrid>
            <RoleGrantsEditor
              value={form.values.roles}
              onChange={(next) => form.setFieldValue("roles", next)}
              errors={form.errors}
              units={units.data ?? []}
            />
            {provider && (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <ProfessionFields
                  profession={form.values.profession}
                  partnerId={form.values.partnerId}
                  unitIds={providerUnits}
                  errors={form.errors}
                  onProfession={(value) => form.setFieldValue("profession", value)}
                  onPartner={(value) => form.setFieldValue("partnerId", value)}
                />
              </SimpleGrid>
            )}
            <FormError error={save.error} />
            <Group justify="flex-end">
              <Button component={Link} to="/users" variant="default">
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t("users.submitCreate")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
