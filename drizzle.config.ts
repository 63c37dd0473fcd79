// drizzle-kit: generates SQL migrations from the schema into the one migration folder.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/platform/db/schema.ts",
  out: "./src/platform/db/migrations",
});
