// The outbox with real transports: an SMTP server and HTTP gateways started here, retries, giving up, no double sends.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit, makeUser } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { dispatchOutbox } from "../../src/platform/messaging/dispatch-outbox.js";
import { enqueueMessage } from "../../src/platform/messaging/enqueue-message.js";
import { startOutboxWorker } from "../../src/platform/messaging/outbox-worker.js";
import { buildTransports } from "../../src/platform/messaging/transport.js";
import { Client } from "../helpers/client.js";
import { REVEALING } from "../helpers/neutral-words.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const rows = <T = Record<string, unknown>>(r: unknown) => (r as { rows: T[] }).rows;

interface Gateway {
  url: string;
  received: { to: string; text: string; auth: string | undefined }[];
  /** Status to answer for the next requests (the last one repeats). */
  plan: number[];
  hits: number;
  delayMs: number;
  close(): Promise<void>;
}

async function startGateway(plan: number[] = [200]): Promise<Gateway> {
  const gw: Omit<Gateway, "url" | "close"> = { received: [], plan, hits: 0, delayMs: 0 };
  const server = http.createServer((req, res) => {
    let data = "";
    req.on("data", (c) => {
      data += c;
    });
    req.on("end", async () => {
      const status = gw.plan[Math.min(gw.hits, gw.plan.length - 1)] as number;
      gw.hits++;
      if (gw.delayMs) await new Promise((r) => setTimeout(r, gw.delayMs));
      if (status === 200) gw.received.push({ ...JSON.parse(data), auth: req.headers.authorization });
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ ok: status === 200 }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(gw, {
    url: `http://127.0.0.1:${port}/send`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }) as Gateway;
}

interface Mail {
  to: string[];
  raw: string;
}

async function startSmtp(): Promise<{ url: string; mails: Mail[]; close(): Promise<void> }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, done) {
      let raw = "";
      stream.on("data", (c: Buffer) => {
        raw += c.toString("utf8");
      });
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        done();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe.each(DATABASES)("outbox on %s", (kind) => {
  let t: TestApp;
  let unitId: string;
  let officer: Client;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let wa: Gateway;
  let sms: Gateway;

  const options = () => ({ transports: buildTransports(t.ctx.config), maxAttempts: 3, retrySeconds: 0 });
  const message = async (id: string) =>
    rows<{ status: string; attempts: number; last_error: string | null; recipient_enc: string; body_enc: string }>(
      await t.ctx.database.db.execute(sql`SELECT * FROM outbox_messages WHERE id = ${id}`),
    )[0];
  const messageFor = async (linkId: string) =>
    rows<{ id: string }>(await t.ctx.database.db.execute(sql`SELECT id FROM outbox_messages WHERE related_id = ${linkId}`))[0]
      ?.id as string;
  const audit = async (targetId: string) =>
    rows<{ action: string; details: Record<string, unknown> }>(
      await t.ctx.database.db.execute(sql`SELECT action, details FROM audit_events WHERE target_id = ${targetId} ORDER BY seq`),
    );
  const report = async () => (await makeReport(t.ctx, t.ctx.database.db, { unitId, victimPhone: "0812-7777-8888" })).id;

  beforeAll(async () => {
    smtp = await startSmtp();
    wa = await startGateway();
    sms = await startGateway();
    t = await startTestApp(kind, {
      smtpUrl: smtp.url,
      mailFrom: "Layanan <no-reply@example.go.id>",
      whatsappUrl: wa.url,
      whatsappToken: "wa-secret-token",
      smsUrl: sms.url,
      smsToken: "sms-secret-token",
    });
    unitId = (await makeUnit(t.ctx.database.db)).id;
    const u = await makeUser(t.ctx, t.ctx.database.db, { roles: [{ role: "intake_officer", unitId }] });
    officer = new Client(t.app);
    await officer.signIn(u.username, u.password);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
    await wa.close();
    await sms.close();
  });

  it("an e-mail link leaves through the real SMTP server: sealed in the outbox, neutral, the link marked sent", async () => {
    expect((await officer.get("/verification-transports")).body).toEqual({ whatsapp: true, sms: true, email: true });
    const made = await officer.post(`/reports/${await report()}/verification-links`, {
      channel: "email",
      recipient: "siti.aminah@example.org",
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ delivery: "outbox", url: null, qrSvg: null });
    expect(made.body.code).toMatch(/^\d{6}$/);
    const id = await messageFor(made.body.link.id);
    const stored = await message(id);
    expect(stored?.recipient_enc).not.toContain("siti");
    expect(stored?.body_enc).not.toContain("/v/");
    expect(await dispatchOutbox(t.ctx, options())).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0] as Mail;
    expect(mail.to).toEqual(["siti.aminah@example.org"]);
    expect(mail.raw).toMatch(/Subject: Konfirmasi data/);
    expect(mail.raw.replace(/=\r?\n/g, "")).toMatch(/\/v\/[A-Za-z0-9_-]{43}/);
    const body = mail.raw
      .split(/\r?\n\r?\n/)
      .slice(1)
      .join("\n");
    for (const word of REVEALING) expect(body).not.toMatch(word);
    expect((await message(id))?.status).toBe("sent");
    const links = await officer.get(`/reports/${made.body.link.reportId}/verification-links`);
    expect(links.body[0].state).toBe("sent");
    expect((await audit(id)).map((a) => a.action)).toEqual(["outbox.sent"]);
    expect((await audit(made.body.link.id)).map((a) => a.action)).toEqual([
      "verification.link_created",
      "verification.link_sent",
    ]);
  });

  it("WhatsApp through an HTTP gateway that fails, then recovers: retried with the error code only, sent once", async () => {
    wa.plan = [502, 503, 200];
    wa.hits = 0;
    wa.received.length = 0;
    const made = await officer.post(`/reports/${await report()}/verification-links`, { channel: "whatsapp" });
    expect(made.status).toBe(201);
    const id = await messageFor(made.body.link.id);
    expect(await dispatchOutbox(t.ctx, options())).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(await message(id)).toMatchObject({ status: "pending", attempts: 1, last_error: "http_502" });
    expect(await dispatchOutbox(t.ctx, options())).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(await dispatchOutbox(t.ctx, options())).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await dispatchOutbox(t.ctx, options())).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(wa.received).toHaveLength(1);
    expect(wa.received[0]).toMatchObject({ to: "0812-7777-8888", auth: "Bearer wa-secret-token" });
    expect(wa.received[0]?.text).toMatch(/^Halo, silakan buka tautan ini untuk memastikan data Anda: http/);
    expect(await message(id)).toMatchObject({ status: "sent", attempts: 3, last_error: null });
  });

  it("backs off between attempts and gives up after the last one (status failed, audited)", async () => {
    sms.plan = [500];
    sms.hits = 0;
    const made = await officer.post(`/reports/${await report()}/verification-links`, { channel: "sms", lang: "en" });
    const id = await messageFor(made.body.link.id);
    expect(await dispatchOutbox(t.ctx, { ...options(), retrySeconds: 3600 })).toEqual({ sent: 0, retried: 1, failed: 0 });
    // Not due yet: nothing is claimed.
    expect(await dispatchOutbox(t.ctx, options())).toEqual({ sent: 0, retried: 0, failed: 0 });
    await t.ctx.database.db.execute(sql`UPDATE outbox_messages SET next_attempt_at = now() WHERE id = ${id}`);
    expect(await dispatchOutbox(t.ctx, options())).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(await dispatchOutbox(t.ctx, options())).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await message(id)).toMatchObject({ status: "failed", attempts: 3, last_error: "http_500" });
    expect(await audit(id)).toEqual([{ action: "outbox.failed", details: { transport: "sms", attempts: 3, error: "http_500" } }]);
    expect(sms.hits).toBe(3);
  });

  it("a link replaced by a new one before its message left: only the new link's message leaves", async () => {
    sms.plan = [200, 200];
    sms.hits = 0;
    sms.received.length = 0;
    const reportId = await report();
    const first = await officer.post(`/reports/${reportId}/verification-links`, { channel: "sms" });
    const second = await officer.post(`/reports/${reportId}/verification-links`, { channel: "sms" });
    expect(second.status).toBe(201);
    expect((await message(await messageFor(first.body.link.id)))?.status).toBe("cancelled");
    expect(await dispatchOutbox(t.ctx, options())).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(sms.hits).toBe(1);
    expect((await message(await messageFor(second.body.link.id)))?.status).toBe("sent");
    const links = await officer.get(`/reports/${reportId}/verification-links`);
    expect(links.body.map((l: { state: string }) => l.state)).toEqual(["sent", "revoked"]);
  });

  it("a revoked link's waiting message never leaves", async () => {
    sms.plan = [200];
    sms.hits = 0;
    const made = await officer.post(`/reports/${await report()}/verification-links`, { channel: "sms" });
    await officer.post(`/verification-links/${made.body.link.id}/revoke`);
    expect(await dispatchOutbox(t.ctx, options())).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(sms.hits).toBe(0);
  });

  it("two dispatchers working at once never send the same message twice (FOR UPDATE SKIP LOCKED)", async () => {
    wa.plan = [200];
    wa.hits = 0;
    wa.received.length = 0;
    wa.delayMs = 15;
    await t.ctx.database.db.transaction(async (tx) => {
      for (let i = 0; i < 24; i++) {
        await enqueueMessage(tx, t.ctx.cipher, {
          unitId,
          transport: "whatsapp",
          recipient: `0812000000${String(i).padStart(2, "0")}`,
          body: `pesan ${i}`,
        });
      }
    });
    const drain = async () => {
      let sent = 0;
      for (;;) {
        const r = await dispatchOutbox(t.ctx, { ...options(), batch: 3 });
        sent += r.sent;
        if (r.sent + r.retried + r.failed === 0) return sent;
      }
    };
    const [a, b] = await Promise.all([drain(), drain()]);
    wa.delayMs = 0;
    expect(a + b).toBe(24);
    expect(wa.received.map((m) => m.to).sort()).toEqual(
      Array.from({ length: 24 }, (_, i) => `0812000000${String(i).padStart(2, "0")}`).sort(),
    );
    if (kind === "postgres") expect(a > 0 && b > 0).toBe(true);
  });

  it("the worker wakes on NOTIFY when a message is committed", async () => {
    smtp.mails.length = 0;
    const worker = await startOutboxWorker({ ...t.ctx, config: { ...t.ctx.config, outboxIntervalSeconds: 3600 } });
    try {
      await worker.idle();
      await officer.post(`/reports/${await report()}/verification-links`, { channel: "email", recipient: "wulan@example.org" });
      for (let i = 0; i < 200 && smtp.mails.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
      expect(smtp.mails.map((m) => m.to)).toEqual([["wulan@example.org"]]);
    } finally {
      await worker.stop();
    }
  });
});
