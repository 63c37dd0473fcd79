// Editor of a person's role grants: rows of role + unit, with add and remove buttons.
import { Button, Group, NativeSelect, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { UnitT } from "../contracts";
import { emptyGrant, type GrantValue } from "../lib/grants";
import { roleOptions, unitOptions } from "../lib/options";

type Props = {
  value: GrantValue[];
  onChange: (next: GrantValue[]) => void;
  errors: Record<string, React.ReactNode>;
  units: UnitT[];
};

export function RoleGrantsEditor({ value, onChange, errors, units }: Props) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<GrantValue>) =>
    onChange(value.map((g, i) => (i === index ? { ...g, ...patch } : g)));

  return (
    <Stack gap="xs" data-testid="role-grants">
      <Text fw={500} size="sm">
        {t("users.roles")}
      </Text>
      <Text size="xs" c="dimmed">
        {t("users.rolesHelp")}
      </Text>
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("users.noRoles")}
        </Text>
      )}
      {value.map((grant, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional and fully controlled
        <Paper key={index} withBorder p="sm" bg="gray.0">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <NativeSelect
              label={t("users.role")}
              data-testid={`grant-role-${index}`}
              data={[{ value: "", label: t("users.chooseRole") }, ...roleOptions(t)]}
              value={grant.role}
              onChange={(e) => update(index, { role: e.currentTarget.value })}
              error={errors[`roles.${index}.role`]}
              miw={180}
              style={{ flex: 1 }}
            />
            <NativeSelect
              label={t("users.unit")}
              data-testid={`grant-unit-${index}`}
              data={[
                { value: "", label: grant.role === "admin" ? t("units.wholeInstallation") : t("users.chooseUnit") },
                ...unitOptions(units),
              ]}
              value={grant.unitId}
              onChange={(e) => update(index, { unitId: e.currentTarget.value })}
              error={errors[`roles.${index}.unitId`]}
              miw={180}
              style={{ flex: 1 }}
            />
            <Button
              variant="subtle"
              color="red"
              data-testid={`grant-remove-${index}`}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              {t("users.removeRole")}
            </Button>
          </Group>
        </Paper>
      ))}
      {typeof errors.roles === "string" && (
        <Text size="sm" c="red">
          {errors.roles}
        </Text>
      )}
      <Button variant="light" onClick={() => onChange([...value, emptyGrant()])} w="fit-content">
        {t("users.addRole")}
      </Button>
    </Stack>
  );
}
