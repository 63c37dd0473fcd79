// A session's attachments as download links (the server sends them as files, never cached, and audits each read).
import { Anchor, Group, Text } from "@mantine/core";
import type { AttachmentInfoT } from "../cases/services/contracts";

const kib = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KiB`;

export function AttachmentLinks({ sessionId, items }: { sessionId: string; items: AttachmentInfoT[] }) {
  if (items.length === 0) return null;
  return (
    <Group gap="md" data-testid="intervention-attachments">
      {items.map((a) => (
        <Anchor key={a.id} size="sm" href={`/api/v1/intervention-sessions/${sessionId}/attachments/${a.id}`} download>
          {a.fileName}{" "}
          <Text span size="xs" c="dimmed">
            ({kib(a.sizeBytes)})
          </Text>
        </Anchor>
      ))}
    </Group>
  );
}
