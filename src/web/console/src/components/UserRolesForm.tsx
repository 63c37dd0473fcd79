// Replace a staff account's role grants (PUT /users/:id/roles).
import { Button, Group, Paper, Stack, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { keys, useUnits } from "../api/queries";
import type { UserT } from "../contracts";
import { applyServerErrors } from "../lib/forms";
import { fromGrants, type GrantValue, grantErrors, toGrants } from "../lib/grants";
import { FormError } from "./FormError";
import { RoleGrantsEditor } from "./RoleGrantsEditor";

export function UserRolesForm({ user }: { user: UserT }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const units = useUnits();
  const form = useForm<{ roles: GrantValue[] }>({
    initialValues: { roles: fromGrants(user.roles) },
    validate: (values) => grantErrors(values.roles),
  });
  const save = useMutation({
    mutationFn: (roles: GrantValue[]) => api<UserT>("PUT", `/users/${user.id}/roles`, { roles: toGrants(roles) }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(keys.user(user.id), saved);
      form.setValues({ roles: fromGrants(saved.roles) });
      await queryClient.invalidateQueries({ queryKey: keys.users });
      notifications.show({ color: "teduh", message: t("common.saved") });
    },
    onError: (err) => applyServerErrors(form, err),
  });

  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }}>
      <Title order={2} fz="lg" mb="md">
        {t("users.rolesTitle")}
      </Title>
      <form onSubmit={form.onSubmit((values) => save.mutate(values.roles))} noValidate>
        <Stack>
          <RoleGrantsEditor
            value={form.values.roles}
            onChange={(next) => form.setFieldValue("roles", next)}
            errors={form.errors}
            units={units.data ?? []}
          />
          <FormError error={save.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t("users.saveRoles")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
