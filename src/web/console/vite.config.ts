// Vite build of the staff console: served by the Teduh server under /console/, built into dist/console.
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const outDir = fileURLToPath(new URL("../../../dist/console", import.meta.url));

export default defineConfig({
  root,
  base: "/console/",
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      "/api": "http://localhost:3000",
    },
  },
});
