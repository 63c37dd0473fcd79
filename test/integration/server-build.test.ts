// The server's build (scripts/server-build.mjs) is used only while it matches the sources: changed, added or removed files make it stale.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("the server's build", () => {
  let dir = "";
  type Build = { currentBuild(): string | null; buildServer(o?: { force?: boolean }): Promise<boolean> };
  let build: Build;
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };

  beforeAll(async () => {
    // A small project of the same shape: its own copy of the script, sources, tsconfig and this project's node_modules.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "teduh-build-"));
    fs.mkdirSync(path.join(dir, "scripts"));
    fs.copyFileSync(path.join(ROOT, "scripts/server-build.mjs"), path.join(dir, "scripts/server-build.mjs"));
    fs.copyFileSync(path.join(ROOT, "tsconfig.json"), path.join(dir, "tsconfig.json"));
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
    write("package.json", JSON.stringify({ name: "probe", type: "module" }));
    write("src/main.ts", 'import { greet } from "./lib/greet.js";\nconst who: string = "dunia";\nconsole.log(greet(who));\n');
    write("src/lib/greet.ts", 'export const greet = (who: string): string => "halo " + who;\n');
    write("src/lib/greet.test.ts", "throw new Error('tests are not part of the build');\n");
    write("src/web/console/app.ts", "throw new Error('browser code is not part of the build');\n");
    build = (await import(path.join(dir, "scripts/server-build.mjs"))) as Build;
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("turns the sources into JavaScript that runs, leaving tests and browser code out", async () => {
    expect(build.currentBuild()).toBeNull();
    expect(await build.buildServer()).toBe(true);
    const main = build.currentBuild();
    expect(main).toBe(path.join(dir, "dist/server/main.js"));
    expect(execFileSync(process.execPath, [main as string], { encoding: "utf8" }).trim()).toBe("halo dunia");
    expect(fs.existsSync(path.join(dir, "dist/server/lib/greet.test.js"))).toBe(false);
    expect(fs.existsSync(path.join(dir, "dist/server/web"))).toBe(false);
    // Current: not built again.
    expect(await build.buildServer()).toBe(false);
  });

  it("is stale once a source changes, is added or is removed, and current again once built again", async () => {
    await build.buildServer();
    write("src/lib/greet.ts", 'export const greet = (who: string): string => "selamat pagi " + who;\n');
    expect(build.currentBuild()).toBeNull();
    expect(await build.buildServer()).toBe(true);
    expect(execFileSync(process.execPath, [build.currentBuild() as string], { encoding: "utf8" }).trim()).toBe(
      "selamat pagi dunia",
    );

    write("src/lib/extra.ts", "export const x = 1;\n");
    expect(build.currentBuild()).toBeNull();
    await build.buildServer();
    expect(build.currentBuild()).not.toBeNull();

    fs.rmSync(path.join(dir, "src/lib/extra.ts"));
    expect(build.currentBuild()).toBeNull();
    await build.buildServer();
    expect(fs.existsSync(path.join(dir, "dist/server/lib/extra.js"))).toBe(false);

    // A test or browser file changing does not make the server's build stale.
    write("src/lib/greet.test.ts", "throw new Error('changed');\n");
    write("src/web/console/app.ts", "throw new Error('changed');\n");
    expect(build.currentBuild()).not.toBeNull();
  });
});
