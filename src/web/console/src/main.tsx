// Entry point of the staff console: styles, translations, then the React tree.
import "./lib/nonce";
import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import "./styles.css";
import "./i18n";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { z } from "zod";
import { App } from "./App";

// No eval under the CSP (script-src 'self'): zod must not probe or use its JIT.
z.config({ jitless: true });

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
