// A small linked figure on the home page (e.g. "12 units").
import { Card, Group, Text } from "@mantine/core";
import { Link } from "react-router";

type Props = { label: string; value: React.ReactNode; to: string; linkLabel: string; color?: string };

export function StatCard({ label, value, to, linkLabel, color }: Props) {
  return (
    <Card padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700} c={color} mt={4}>
        {value}
      </Text>
      <Group mt="xs">
        {/* Several cards share a link text ("Open the queue"): the card's label tells them apart for a screen reader. */}
        <Text component={Link} to={to} size="sm" c="teduh.8" fw={500} aria-label={`${linkLabel}: ${label}`}>
          {linkLabel}
        </Text>
      </Group>
    </Card>
  );
}
