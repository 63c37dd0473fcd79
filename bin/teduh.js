#!/usr/bin/env node
// Entry point of the `teduh` command: runs the server's build (dist/server) when it matches the sources, else the
// TypeScript sources through tsx (a checkout not built yet, or sources changed since: never a stale build).
import { currentBuild } from "../scripts/server-build.mjs";

const built = currentBuild();
if (built) {
  await import(built);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/main.ts");
}
