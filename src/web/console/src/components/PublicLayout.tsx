// Frame of the pages used before signing in: wordmark, language switch and a centred card.
import { Box, Container, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "./LanguageSwitch";
import { Wordmark } from "./Wordmark";

type Props = { title?: string; subtitle?: string; children: React.ReactNode; width?: number };

export function PublicLayout({ title, subtitle, children, width = 440 }: Props) {
  const { t } = useTranslation();
  return (
    <Box component="main" className="teduh-public" py={{ base: "md", sm: 48 }} px="sm">
      <Container size={width} px={0}>
        <Group justify="space-between" mb="lg" wrap="nowrap">
          <Wordmark size="lg" />
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p={{ base: "md", sm: "xl" }}>
          <Stack gap="md">
            {title && (
              <div>
                <Title order={1} fz={{ base: 22, sm: 26 }}>
                  {title}
                </Title>
                {subtitle && (
                  <Text c="dimmed" size="sm" mt={4}>
                    {subtitle}
                  </Text>
                )}
              </div>
            )}
            {children}
          </Stack>
        </Paper>
        <Text c="dimmed" size="xs" ta="center" mt="md">
          {t("app.tagline")}
        </Text>
      </Container>
    </Box>
  );
}
