// Filters of the audit log: action, actor, unit and a date range (in the viewer's time zone).
import { Button, Group, NativeSelect, SimpleGrid, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AuditFilters as Filters } from "../api/queries";
import type { UnitT, UserT } from "../contracts";
import { zonedLocalToIso } from "../lib/datetime";
import { unitOptions } from "../lib/options";

type Props = { units: UnitT[]; users: UserT[]; timeZone: string; onApply: (filters: Filters) => void };

export function AuditFilters({ units, users, timeZone, onApply }: Props) {
  const { t } = useTranslation();
  const [action, setAction] = useState("");
  const [actorId, setActorId] = useState("");
  const [unitId, setUnitId] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");

  function apply(clear = false) {
    if (clear) {
      setAction("");
      setActorId("");
      setUnitId("");
      setFrom("");
      setTo("");
      onApply({});
      return;
    }
    onApply({
      action: action.trim() || undefined,
      actorId: actorId || undefined,
      unitId: unitId || undefined,
      from: from ? zonedLocalToIso(`${from}T00:00:00`, timeZone) : undefined,
      to: to ? zonedLocalToIso(`${to}T23:59:59`, timeZone) : undefined,
    });
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        <TextInput
          label={t("audit.action")}
          placeholder={t("audit.actionPlaceholder")}
          value={action}
          onChange={(e) => setAction(e.currentTarget.value)}
        />
        <NativeSelect
          label={t("audit.actor")}
          data={[
            { value: "", label: t("audit.anyActor") },
            ...users.map((u) => ({ value: u.id, label: `${u.displayName} (@${u.username})` })),
          ]}
          value={actorId}
          onChange={(e) => setActorId(e.currentTarget.value)}
        />
        <NativeSelect
          label={t("audit.unit")}
          data={[{ value: "", label: t("users.allUnits") }, ...unitOptions(units)]}
          value={unitId}
          onChange={(e) => setUnitId(e.currentTarget.value)}
        />
        <TextInput type="date" label={t("audit.from")} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput type="date" label={t("audit.to")} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
      </SimpleGrid>
      <Group gap="sm" mt="sm">
        <Button type="submit">{t("audit.apply")}</Button>
        <Button variant="subtle" onClick={() => apply(true)}>
          {t("audit.clear")}
        </Button>
      </Group>
    </form>
  );
}
