// Form to schedule an outreach visit: local date-time in the unit's time zone (none past) and a team from the unit's active staff.
import { Button, Group, MultiSelect, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api } from "../api/client";
import { FormError } from "../components/FormError";
import { isoToZonedLocal, timeZoneAbbreviation, zonedLocalToIso } from "../lib/datetime";
import { useTimeZoneOf } from "../lib/useTimeZone";
import type { OutreachVisitT } from "./contracts";
import { useOutreachTeam, useVisitMutation } from "./queries";

export function ScheduleVisitForm({ reportId, unitId }: { reportId: string; unitId: string }) {
  const { t } = useTranslation();
  const zone = useTimeZoneOf()(unitId);
  const team = useOutreachTeam(reportId);
  const [when, setWhen] = useState("");
  const [members, setMembers] = useState<string[]>([]);
  const schedule = useVisitMutation(reportId, (body: { scheduledFor: string; teamUserIds: string[] }) =>
    api<OutreachVisitT>("POST", `/reports/${reportId}/outreach-visits`, body),
  );
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!when || members.length === 0) return;
    schedule.mutate(
      { scheduledFor: zonedLocalToIso(when, zone), teamUserIds: members },
      {
        onSuccess: () => {
          setWhen("");
          setMembers([]);
        },
      },
    );
  };
  // The server refuses a time past (beyond a few minutes' tolerance) and names the field; the picker offers none.
  const whenError =
    schedule.error instanceof ApiError ? schedule.error.fields.find((f) => f.path === "scheduledFor")?.message : undefined;
  return (
    <form onSubmit={submit} data-testid="schedule-visit">
      <Group align="flex-end" wrap="wrap">
        <TextInput
          type="datetime-local"
          label={t("outreach.when", { zone: timeZoneAbbreviation(zone) })}
          value={when}
          onChange={(e) => {
            setWhen(e.currentTarget.value);
            if (whenError) schedule.reset();
          }}
          min={isoToZonedLocal(new Date(), zone)}
          error={whenError}
          required
        />
        <MultiSelect
          label={t("outreach.team")}
          data={(team.data ?? []).map((m) => ({ value: m.id, label: m.displayName }))}
          value={members}
          onChange={setMembers}
          searchable
          required
          miw={260}
          nothingFoundMessage={t("outreach.noStaff")}
        />
        <Button type="submit" loading={schedule.isPending} disabled={!when || members.length === 0}>
          {t("outreach.schedule")}
        </Button>
      </Group>
      {!whenError && <FormError error={schedule.error} />}
    </form>
  );
}
