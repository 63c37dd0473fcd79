// The intake queue: the unit's complaints, live; those in danger on top and highlighted; filters and pages in the address.
import { Anchor, Badge, Button, Group, NativeSelect, Pagination, Paper, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../api/queries";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { CHANNELS, REPORT_STATUSES } from "../contracts";
import { can, PERMISSIONS } from "../lib/access";
import { useFormatDate } from "../lib/useFormatDate";
import { useQueue } from "./api";
import { FindByCode } from "./FindByCode";
import { labelOf, optionsOf, RISK_COLOURS, STATUS_COLOURS } from "./labels";
import { type QueueFilterName, useQueueFilters } from "./useQueueFilters";

const PAGE_SIZE = 25;

export function IntakeQueuePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { status, channel, danger, page, setFilter, setPage } = useQueueFilters();
  const queue = useQueue({
    status: status || undefined,
    channel: channel || undefined,
    danger: danger || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const formatDate = useFormatDate();
  const pages = Math.max(1, Math.ceil((queue.data?.total ?? 0) / PAGE_SIZE));
  const filter = (name: QueueFilterName) => (e: React.ChangeEvent<HTMLSelectElement>) => setFilter(name, e.currentTarget.value);

  return (
    <>
      <PageHeader
        title={t("intake.queue.title")}
        description={t("intake.queue.description")}
        actions={
          can(me, PERMISSIONS.intakeCreate) && (
            <Button component={Link} to="/intake/new">
              {t("intake.queue.newComplaint")}
            </Button>
          )
        }
      />
      <FindByCode />
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md" spacing="sm">
        <NativeSelect
          label={t("intake.queue.filterStatus")}
          data={[{ value: "", label: t("intake.queue.open") }, ...optionsOf(t, "status", REPORT_STATUSES)]}
          value={status}
          onChange={filter("status")}
        />
        <NativeSelect
          label={t("intake.queue.filterChannel")}
          data={[{ value: "", label: t("intake.queue.allChannels") }, ...optionsOf(t, "channel", CHANNELS)]}
          value={channel}
          onChange={filter("channel")}
        />
        <NativeSelect
          label={t("intake.queue.filterDanger")}
          data={[
            { value: "", label: t("intake.queue.allDanger") },
            { value: "true", label: t("intake.queue.inDanger") },
            { value: "false", label: t("intake.queue.notInDanger") },
          ]}
          value={danger}
          onChange={filter("danger")}
        />
      </SimpleGrid>
      {queue.isPending && <Loading />}
      {queue.error && <ErrorNotice error={queue.error} />}
      {queue.data?.items.length === 0 && <Text c="dimmed">{t("intake.queue.empty")}</Text>}
      {queue.data && queue.data.items.length > 0 && (
        <Stack gap="sm">
          <Paper withBorder>
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm" data-testid="intake-queue">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("intake.fields.trackingCode")}</Table.Th>
                    <Table.Th>{t("intake.fields.received")}</Table.Th>
                    <Table.Th>{t("intake.fields.category")}</Table.Th>
                    <Table.Th>{t("intake.fields.channel")}</Table.Th>
                    <Table.Th>{t("common.status")}</Table.Th>
                    <Table.Th>{t("intake.fields.risk")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {queue.data.items.map((item) => (
                    <Table.Tr
                      key={item.id}
                      data-testid="queue-row"
                      data-danger={item.inDanger ? "true" : undefined}
                      bg={item.inDanger ? "red.0" : undefined}
                      style={item.inDanger ? { boxShadow: "inset 4px 0 0 var(--mantine-color-red-6)" } : undefined}
                    >
                      <Table.Td>
                        <Group gap={6}>
                          <Anchor
                            component={Link}
                            to={`/intake/reports/${item.id}`}
                            fw={600}
                            ff="monospace"
                            style={{ whiteSpace: "nowrap" }}
                          >
                            {item.trackingCode}
                          </Anchor>
                          {item.inDanger && (
                            <Badge color="red" size="sm">
                              {t("intake.queue.inDanger")}
                            </Badge>
                          )}
                          {item.unreadReplies > 0 && (
                            <Badge color="blue" size="sm" data-testid="unread-replies">
                              {t("intake.queue.newReplies", { count: item.unreadReplies })}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>{formatDate(item.createdAt, item.unitId)}</Table.Td>
                      <Table.Td>{labelOf(t, "category", item.category)}</Table.Td>
                      <Table.Td>{labelOf(t, "channel", item.channel)}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={STATUS_COLOURS[item.status]}>
                          {labelOf(t, "status", item.status)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {item.riskLevel ? (
                          <Badge variant="light" color={RISK_COLOURS[item.riskLevel]}>
                            {labelOf(t, "risk", item.riskLevel)}
                          </Badge>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t("intake.form.notSet")}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
          {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} aria-label={t("intake.queue.pages")} />}
        </Stack>
      )}
    </>
  );
}
