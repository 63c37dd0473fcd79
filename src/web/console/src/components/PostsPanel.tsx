// Complaint posts (pos pengaduan) of a unit: list with coordinates, add and edit.
import { Badge, Button, Group, Paper, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePosts } from "../api/queries";
import type { PostT } from "../contracts";
import { ErrorNotice } from "./ErrorNotice";
import { Loading } from "./Loading";
import { PostFormModal } from "./PostFormModal";

type Props = { unitId: string; canManage: boolean };

export function PostsPanel({ unitId, canManage }: Props) {
  const { t } = useTranslation();
  const posts = usePosts(unitId);
  const [editing, setEditing] = useState<PostT | "new" | null>(null);

  return (
    <>
      {canManage && (
        <Group justify="flex-end" mb="sm">
          <Button onClick={() => setEditing("new")}>{t("posts.create")}</Button>
        </Group>
      )}
      {posts.isPending && <Loading />}
      {posts.error && <ErrorNotice error={posts.error} />}
      {posts.data?.length === 0 && <Text c="dimmed">{t("posts.empty")}</Text>}
      {posts.data && posts.data.length > 0 && (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={620}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("posts.name")}</Table.Th>
                  <Table.Th>{t("fields.address")}</Table.Th>
                  <Table.Th>{t("posts.coordinates")}</Table.Th>
                  <Table.Th>{t("fields.phone")}</Table.Th>
                  <Table.Th>{t("common.status")}</Table.Th>
                  {canManage && <Table.Th>{t("common.actions")}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {posts.data.map((post) => (
                  <Table.Tr key={post.id}>
                    <Table.Td fw={500}>{post.name}</Table.Td>
                    <Table.Td>{post.address}</Table.Td>
                    <Table.Td>
                      {post.latitude.toFixed(5)}, {post.longitude.toFixed(5)}
                    </Table.Td>
                    <Table.Td>{post.phone ?? "—"}</Table.Td>
                    <Table.Td>
                      <Badge color={post.active ? "teduh" : "gray"} variant="light">
                        {post.active ? t("common.active") : t("common.inactive")}
                      </Badge>
                    </Table.Td>
                    {canManage && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => setEditing(post)}
                          aria-label={t("posts.editNamed", { name: post.name })}
                        >
                          {t("common.edit")}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {editing && (
        <PostFormModal unitId={unitId} post={editing === "new" ? undefined : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
