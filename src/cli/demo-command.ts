// `teduh demo`: fills a fresh database with the East Java demo and prints the demo logins once.
import { type DemoLogin, DemoNotFreshError, seedDemo } from "../demo/seed-demo.js";
import type { Config } from "../server/config.js";
import { openContext } from "../server/context.js";

export async function demoCommand(config: Config): Promise<number> {
  const ctx = await openContext(config);
  try {
    const seed = await seedDemo(ctx);
    const where = config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `PGlite ${config.dataDir}`;
    process.stdout.write(
      `Data contoh dibuat / demo created in ${where}: ${seed.units.length} unit, ${seed.postIds.length} pos pengaduan / complaint posts, ` +
        `${seed.partnerIds.length} mitra / partner agencies, ${seed.logins.length} pengguna / users, ` +
        `${seed.reportCount} pengaduan / complaints.\n\n`,
    );
    process.stdout.write(`${loginTable(seed.logins)}\n`);
    process.stdout.write(
      "\nPERINGATAN: ini akun DEMO dengan kata sandi acak yang tercetak di atas. Jangan gunakan untuk data korban yang sebenarnya.\n" +
        "WARNING: these are DEMO accounts whose random passwords are printed above. Never use them for real victims' data.\n" +
        `Mulai server / start the server: npm start, lalu buka / then open ${config.publicUrl}/console\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof DemoNotFreshError)) throw error;
    process.stderr.write(`Teduh: ${error.message}\n`);
    return 1;
  } finally {
    await ctx.database.close();
  }
}

/** A plain-text table: role, unit, username, password (and profession or partner where there is one). */
export function loginTable(logins: DemoLogin[]): string {
  const rows = [
    ["peran / role", "unit", "nama pengguna / username", "kata sandi / password"],
    ...logins.map((l) => [
      l.profession ? `${l.role} (${l.profession}${l.partnerName ? `, ${l.partnerName}` : ""})` : l.role,
      l.unitName ?? "(seluruh instalasi / installation-wide)",
      l.username,
      l.password,
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(rows[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}
