// The signed-in frame: header with burger, wordmark, language and user menu; navbar; page outlet.
import { AppShell, Burger, Container, Group } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, Outlet, useLocation } from "react-router";
import { useMe } from "../api/queries";
import { applyLanguage, storedLanguage } from "../i18n";
import { ErrorNotice } from "./ErrorNotice";
import { LanguageSwitch } from "./LanguageSwitch";
import { Loading } from "./Loading";
import { MainNav } from "./MainNav";
import { PublicLayout } from "./PublicLayout";
import { UserMenu } from "./UserMenu";
import { Wordmark } from "./Wordmark";

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const { data: me, isPending, error } = useMe();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();

  // biome-ignore lint/correctness/useExhaustiveDependencies: close the phone menu whenever the page changes
  useEffect(close, [location.pathname]);
  useEffect(() => {
    // A browser without a remembered choice takes the language saved on the person's profile.
    if (me && !storedLanguage() && me.locale !== i18n.language) void applyLanguage(me.locale);
  }, [me, i18n.language]);

  if (isPending) return <Loading fullPage />;
  if (error) return <PublicLayout>{<ErrorNotice error={error} />}</PublicLayout>;
  if (!me) {
    const next = location.pathname === "/" ? "" : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return <Navigate to={`/sign-in${next}`} replace />;
  }
  if (me.mfaEnrolmentRequired && location.pathname !== "/two-factor") return <Navigate to="/two-factor" replace />;

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px={{ base: "xs", sm: "md" }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t("nav.closeMenu") : t("nav.openMenu")}
            />
            <Link to="/" aria-label={t("nav.homeLink")} style={{ textDecoration: "none" }}>
              <Wordmark size="md" />
            </Link>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <MainNav me={me} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Container size="lg" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
