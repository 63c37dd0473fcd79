// Providers of the console: Mantine (with the CSP nonce), notifications, TanStack Query and the router.
import { MantineProvider, mergeThemeOverrides } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { createBrowserRouter, RouterProvider } from "react-router";
import { ApiError, setUnauthorizedHandler } from "./api/client";
import { keys } from "./api/queries";
import { styleNonce } from "./lib/nonce";
import { routes } from "./routes";
import { cssVariablesResolver, theme } from "./theme";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
    mutations: { retry: false },
  },
});

setUnauthorizedHandler(() => {
  queryClient.setQueryData(keys.me, null);
});

const router = createBrowserRouter(routes, { basename: "/console" });

export function App() {
  const { t } = useTranslation();
  // Every notice's close button is named for screen readers, in the user's language.
  const themed = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: { Notification: { defaultProps: { closeButtonProps: { "aria-label": t("common.closeNotice") } } } },
      }),
    [t],
  );
  return (
    <MantineProvider
      theme={themed}
      cssVariablesResolver={cssVariablesResolver}
      forceColorScheme="light"
      getStyleNonce={() => styleNonce}
    >
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
