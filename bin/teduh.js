#!/usr/bin/env node
// Entry point of the `teduh` command: loads the TypeScript sources through tsx and runs the CLI.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
