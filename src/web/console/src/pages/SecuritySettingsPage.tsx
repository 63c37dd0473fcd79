// Security settings: which roles must use two-factor authentication.
import { Button, Checkbox, Group, Paper, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { keys, type SecuritySettingsT, useSecuritySettings } from "../api/queries";
import { ErrorNotice } from "../components/ErrorNotice";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { ROLES, type Role } from "../contracts";

export function SecuritySettingsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useSecuritySettings();
  const [selected, setSelected] = useState<Role[]>([]);
  useEffect(() => {
    if (settings.data) setSelected(settings.data.mfaRequiredRoles);
  }, [settings.data]);
  const save = useMutation({
    mutationFn: (mfaRequiredRoles: Role[]) => api<SecuritySettingsT>("PUT", "/settings/security", { mfaRequiredRoles }),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.security, saved);
      notifications.show({ color: "teduh", message: t("common.saved") });
    },
  });

  return (
    <Stack maw={720}>
      <PageHeader title={t("security.title")} description={t("security.description")} />
      {settings.isPending && <Loading />}
      {settings.error && <ErrorNotice error={settings.error} />}
      {settings.data && (
        <Paper withBorder p={{ base: "md", sm: "lg" }}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate(selected);
            }}
          >
            <Stack>
              <Text fw={500}>{t("security.mfaHeading")}</Text>
              <Text size="sm" c="dimmed">
                {t("security.mfaHelp")}
              </Text>
              <Checkbox.Group value={selected} onChange={(value) => setSelected(value as Role[])}>
                <Stack gap="sm">
                  {ROLES.map((role) => (
                    <Checkbox key={role} value={role} label={t("security.requireFor", { role: t(`roles.${role}`) })} />
                  ))}
                </Stack>
              </Checkbox.Group>
              <FormError error={save.error} />
              <Group justify="flex-end">
                <Button type="submit" loading={save.isPending}>
                  {t("common.save")}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
