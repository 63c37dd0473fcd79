// Reads Teduh's settings from the environment once, with safe defaults for the embedded mode.
import net from "node:net";
import path from "node:path";
import { PROJECT_ROOT } from "../platform/project-root.js";

export interface Config {
  port: number;
  host: string;
  /** Embedded mode's folder: PGlite data, key file, lock file. */
  dataDir: string;
  /** Set for production: PostgreSQL 15+ instead of the embedded database. */
  databaseUrl: string | undefined;
  /** The address staff reach Teduh at; used in one-time links. */
  publicUrl: string;
  /**
   * The address in links sent to a victim's or client's phone (verification links, client links): a host whose name
   * reveals neither violence nor the unit, for whoever sees the message or the browser's history. Defaults to publicUrl.
   */
  linkUrl: string;
  /**
   * The proxies whose X-Forwarded-For/-Proto are believed (addresses, CIDR ranges, or loopback/linklocal/uniquelocal),
   * or false. The client's address is then the last one in the chain that is not such a proxy, so a client cannot name
   * its own address (which the per-address limits count) by sending the header itself.
   */
  trustProxy: string[] | false;
  logLevel: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  /** scrypt cost (N); lowered only by the test suite. */
  scryptCost: number;
  /** Where the built console lives. */
  consoleDir: string;
  /** Lifetime of a verification link sent to a victim, in hours. */
  verificationHours: number;
  /** Outbox transports: a transport is on when its address is set (SMTP URL, HTTP gateway URL). */
  smtpUrl: string | undefined;
  mailFrom: string;
  whatsappUrl: string | undefined;
  whatsappToken: string | undefined;
  smsUrl: string | undefined;
  smsToken: string | undefined;
  /** Seconds between outbox sweeps (NOTIFY wakes the dispatcher sooner) and before the first retry. */
  outboxIntervalSeconds: number;
  outboxRetrySeconds: number;
  /** Attempts before a message is given up (status failed). */
  outboxMaxAttempts: number;
  /** Largest evidence file a public report may attach, in bytes, and how many files. */
  evidenceMaxBytes: number;
  evidenceMaxFiles: number;
  /** Reports one address may send through /lapor per hour (the benchmark, sending from one address, raises it). */
  reportSubmitsPerHour: number;
  /** Complaints per unit and hour whose alert goes to the supervisors' phones and e-mail; beyond it, the console only. */
  supervisorAlertsPerHour: number;
  /** Server processes `teduh serve` runs on one port (PostgreSQL only): one per CPU core for a busy installation. */
  workers: number;
  /** PostgreSQL connections each server process may open (TEDUH_PG_POOL). */
  pgPoolSize: number;
}

function int(value: string | undefined, fallback: number, name: string, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, got "${value}"`);
  if (n > max) throw new Error(`${name} must be at most ${max}, got "${value}"`);
  return n;
}

/** "1"/"true": a proxy on this machine or a private network (the usual nginx, Docker or Kubernetes set-ups). */
const NEAR_PROXIES = ["loopback", "linklocal", "uniquelocal"];
const PROXY_NAMES = new Set(NEAR_PROXIES);

function isProxy(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address = "", bits, ...rest] = entry.split("/");
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d{1,3}$/.test(bits) && n <= (family === 4 ? 32 : 128);
}

/** TEDUH_TRUST_PROXY: off, "1" (NEAR_PROXIES), or a comma-separated list of proxy addresses and ranges. */
function trustedProxies(value: string | undefined): string[] | false {
  const v = value?.trim() ?? "";
  if (v === "" || v === "0" || v === "false") return false;
  if (v === "1" || v === "true") return [...NEAR_PROXIES];
  const entries = v.split(",").map((e) => e.trim());
  const bad = entries.find((e) => !isProxy(e));
  if (bad !== undefined)
    throw new Error(
      `TEDUH_TRUST_PROXY must be 1 or a comma-separated list of proxy addresses or ranges (e.g. 10.0.0.5,192.168.0.0/16), got "${bad}"`,
    );
  return entries;
}

/** An SMTP server's URL (smtp:// or smtps://); the error never repeats it, since it holds the password. */
function smtpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const protocol = URL.canParse(value) ? new URL(value).protocol : null;
  if (protocol !== "smtp:" && protocol !== "smtps:") {
    throw new Error("TEDUH_SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtps://user:password@mail.example.go.id");
  }
  return value;
}

/** An http(s) address without its trailing slashes; refuses anything else at start, naming the setting. */
function baseUrl(value: string, name: string): string {
  const protocol = URL.canParse(value) ? new URL(value).protocol : null;
  if (protocol !== "http:" && protocol !== "https:") {
    throw new Error(`${name} must be an http:// or https:// address, e.g. https://layanan.example.id`);
  }
  return value.replace(/\/+$/, "");
}

/** More processes or connections than this is a typo, not a plan: each process opens its own pool to PostgreSQL. */
const MAX_WORKERS = 32;
const MAX_POOL = 100;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const port = int(env.PORT, 3000, "PORT");
  const publicUrl = overrides.publicUrl ?? baseUrl(env.TEDUH_PUBLIC_URL || `http://localhost:${port}`, "TEDUH_PUBLIC_URL");
  const linkUrl = env.TEDUH_LINK_URL ? baseUrl(env.TEDUH_LINK_URL, "TEDUH_LINK_URL") : publicUrl;
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    dataDir: path.resolve(env.TEDUH_DATA_DIR ?? "data"),
    databaseUrl: env.DATABASE_URL || undefined,
    publicUrl,
    linkUrl,
    trustProxy: trustedProxies(env.TEDUH_TRUST_PROXY),
    logLevel: env.LOG_LEVEL ?? "info",
    sessionIdleMinutes: int(env.TEDUH_SESSION_IDLE_MINUTES, 30, "TEDUH_SESSION_IDLE_MINUTES"),
    sessionMaxHours: int(env.TEDUH_SESSION_MAX_HOURS, 12, "TEDUH_SESSION_MAX_HOURS"),
    lockoutThreshold: int(env.TEDUH_LOCKOUT_THRESHOLD, 5, "TEDUH_LOCKOUT_THRESHOLD"),
    lockoutMinutes: int(env.TEDUH_LOCKOUT_MINUTES, 15, "TEDUH_LOCKOUT_MINUTES"),
    scryptCost: int(env.TEDUH_SCRYPT_COST, 2 ** 15, "TEDUH_SCRYPT_COST"),
    consoleDir: path.resolve(env.TEDUH_CONSOLE_DIR ?? path.join(PROJECT_ROOT, "dist/console")),
    verificationHours: int(env.TEDUH_VERIFICATION_HOURS, 72, "TEDUH_VERIFICATION_HOURS"),
    smtpUrl: smtpUrl(env.TEDUH_SMTP_URL),
    mailFrom: env.TEDUH_MAIL_FROM || "Teduh <no-reply@localhost>",
    whatsappUrl: env.TEDUH_WHATSAPP_URL || undefined,
    whatsappToken: env.TEDUH_WHATSAPP_TOKEN || undefined,
    smsUrl: env.TEDUH_SMS_URL || undefined,
    smsToken: env.TEDUH_SMS_TOKEN || undefined,
    outboxIntervalSeconds: int(env.TEDUH_OUTBOX_INTERVAL_SECONDS, 15, "TEDUH_OUTBOX_INTERVAL_SECONDS"),
    outboxRetrySeconds: int(env.TEDUH_OUTBOX_RETRY_SECONDS, 30, "TEDUH_OUTBOX_RETRY_SECONDS"),
    outboxMaxAttempts: int(env.TEDUH_OUTBOX_MAX_ATTEMPTS, 6, "TEDUH_OUTBOX_MAX_ATTEMPTS"),
    evidenceMaxBytes: int(env.TEDUH_EVIDENCE_MAX_BYTES, 5 * 1024 * 1024, "TEDUH_EVIDENCE_MAX_BYTES"),
    evidenceMaxFiles: int(env.TEDUH_EVIDENCE_MAX_FILES, 3, "TEDUH_EVIDENCE_MAX_FILES"),
    reportSubmitsPerHour: int(env.TEDUH_REPORT_SUBMITS_PER_HOUR, 20, "TEDUH_REPORT_SUBMITS_PER_HOUR"),
    supervisorAlertsPerHour: int(env.TEDUH_SUPERVISOR_ALERTS_PER_HOUR, 30, "TEDUH_SUPERVISOR_ALERTS_PER_HOUR"),
    workers: int(env.TEDUH_WORKERS, 1, "TEDUH_WORKERS", MAX_WORKERS),
    pgPoolSize: int(env.TEDUH_PG_POOL, 10, "TEDUH_PG_POOL", MAX_POOL),
    ...overrides,
  };
}
