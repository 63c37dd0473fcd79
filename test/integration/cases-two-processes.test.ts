import { afterAll, describe, expect, it } from "vitest";
import { getJson, postJson, signIn } from "../../bench/http-session.js";
import { parseDemoLogins, runCli, startServer, stopAllServers } from "../../bench/teduh-process.js";
import { openEventStream } from "../helpers/event-stream.js";
import { WALK_IN } from "../helpers/intake-body.js";
import { processDatabase } from "../helpers/process-database.js";

const READY = /Teduh siap \/ ready: /;
const UNIT = "UPTD PPA Kabupaten Jember";
const admin = process.env.TEST_DATABASE_URL;
const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  await stopAllServers();
  for (const cleanup of cleanups) await cleanup().catch(() => {});
});

const openCaseStream = (baseUrl: string, cookie: string) => openEventStream(baseUrl, "/api/v1/cases/stream", cookie);

async function post(url: string, path: string, body: unknown, cookie: string) {
  const res = await postJson(url, path, body, cookie);
  return { status: res.status, body: (await res.json()) as any };
}

describe.skipIf(!admin)("cases across two server processes on one PostgreSQL", () => {
  it("a supervisor and a case manager on process A see live the submission and the approval made on process B", async () => {
    const database = await processDatabase("teduh_two");
    cleanups.push(() => database.drop());
    // Cheap password hashing: the demo creates some forty staff.
    const env = { ...database.env, TEDUH_SCRYPT_COST: "1024" };
    const demo = await runCli(["demo"], env);
    expect(demo.code, demo.stderr).toBe(0);
    const logins = parseDemoLogins(demo.stdout);
    const login = (role: string) => {
      const found = logins.find((l) => l.role === role && l.unit === UNIT);
      if (!found) throw new Error(`no ${role} of ${UNIT} in the demo logins`);
      return found;
    };

    const [a, b] = await Promise.all([startServer(env), startServer(env)]);
    if (!a || !b) throw new Error("servers not started");
    await Promise.all([a.waitFor(READY), b.waitFor(READY)]);
    expect(a.url).not.toBe(b.url);

    const supervisor = login("supervisor");
    const manager = login("case_manager");
    const officer = login("intake_officer");
    const onA = {
      supervisor: await signIn(a.url, supervisor.username, supervisor.password),
      manager: await signIn(a.url, manager.username, manager.password),
    };
    const onB = {
      supervisor: await signIn(b.url, supervisor.username, supervisor.password),
      officer: await signIn(b.url, officer.username, officer.password),
    };
    const managerId = (await getJson(a.url, "/api/v1/me", onA.manager)).body.id as string;
    const unitId = (await getJson(b.url, "/api/v1/me", onB.officer)).body.roles[0].unitId as string;
    const posts = await getJson(b.url, `/api/v1/units/${unitId}/posts`, onB.officer);
    expect(posts.status).toBe(200);

    const streams = {
      supervisor: await openCaseStream(a.url, onA.supervisor),
      manager: await openCaseStream(a.url, onA.manager),
    };
    try {
      const created = await post(b.url, "/api/v1/reports", { ...WALK_IN, unitId, postId: posts.body[0].id }, onB.officer);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const submitted = await post(b.url, `/api/v1/reports/${created.body.id}/submit`, { version: 1 }, onB.officer);
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
      const queued = await streams.supervisor.waitFor(
        (e) => e.event === "case.changed" && e.data.data.status === "awaiting_approval",
      );
      expect(queued.data).toMatchObject({ unitId, data: { status: "awaiting_approval" } });
      const caseId = queued.data.id;

      const approved = await post(
        b.url,
        `/api/v1/cases/${caseId}/events`,
        { event: "approve", version: 1, caseManagerId: managerId },
        onB.supervisor,
      );
      expect(approved.status, JSON.stringify(approved.body)).toBe(200);
      const opened = await streams.supervisor.waitFor(
        (e) => e.event === "case.changed" && e.data.id === caseId && e.data.data.status === "open",
      );
      expect(opened.data).toMatchObject({ type: "case.changed", unitId, id: caseId, data: { caseManagerId: managerId } });
      const assigned = await streams.manager.waitFor((e) => e.event === "case.assigned");
      expect(assigned.data).toEqual({ type: "case.assigned", unitId, id: caseId, data: { caseManagerId: managerId } });
      // What A's clients read after the event is what B wrote.
      const seenOnA = await getJson(a.url, `/api/v1/cases/${caseId}`, onA.manager);
      expect(seenOnA.body).toMatchObject({ status: "open", caseManager: { id: managerId }, version: 2 });
      for (const s of Object.values(streams)) expect(s.raw()).not.toContain("Dewi");
    } finally {
      for (const s of Object.values(streams)) s.close();
    }
    await Promise.all([a.stop(), b.stop()]);
  }, 90_000);
});
