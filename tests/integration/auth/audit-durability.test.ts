import { spawn, type ChildProcess } from "node:child_process";
import getPort from "get-port";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { listAuditEvents } from "../../../server/audit/audit-log.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { createTestUser } from "../../support/server.ts";
import { openAccessDatabase } from "./access-support.ts";
import { CLEARED_VIEWER } from "../../support/viewer.ts";

/**
 * `npm start` as a real process on the run's Neo4j with no account at all: it makes the
 * first admin with a one-time password shown once on stderr (never in the logs), and an
 * acknowledged change is on the record even when the process is killed right after
 * answering.
 */
let db: GraphDatabase;
let server: ChildProcess | undefined;

beforeAll(async () => {
  db = await openAccessDatabase();
});

afterAll(async () => {
  server?.kill("SIGKILL");
  await db?.close();
});

async function waitForReady(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await fetch(`${url}/api/ready`).catch(() => undefined))?.ok) return;
    if (Date.now() > deadline) throw new Error("server did not become ready");
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe("a server killed right after it answered", () => {
  it("made the first admin with a one-time password on stderr only, and kept the audit events of an acknowledged write and a refused sign-in", async () => {
    const neo4j = inject("neo4j");
    const port = await getPort({ host: "127.0.0.1" });
    // Node itself with tsx as a loader, so that SIGKILL reaches the process that serves.
    server = spawn(process.execPath, ["--import", "tsx", "server/cli/start.ts"], {
      env: {
        PATH: process.env.PATH, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password,
        NEO4J_DATABASE: neo4j.database, SKIP_CLIENT_BUILD: "1", SEED_ON_EMPTY: "false", LOG_LEVEL: "info", PORT: String(port),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    server.stdout!.on("data", (chunk) => (stdout += chunk));
    server.stderr!.on("data", (chunk) => (stderr += chunk));
    const exited = new Promise((resolve) => server!.on("exit", resolve));
    const url = `http://127.0.0.1:${port}`;
    await waitForReady(url);

    const oneTime = /account "admin" with the one-time password (\S+)/.exec(stderr)?.[1];
    expect(oneTime).toBeDefined();
    expect(stdout).not.toContain(oneTime);
    const admin = await createTestUser(db, { role: "admin" });

    // A change (its event commits in the change's transaction) and a failed sign-in (its
    // event goes through the group commit of events with no write of their own).
    const [created, refused] = await Promise.all([
      fetch(`${url}/api/users`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${admin.token}` },
        body: JSON.stringify({ username: "durable-dora", password: "a long enough password", role: "analyst" }),
      }),
      fetch(`${url}/api/session`, {
        method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "durable-nobody", password: "not a password of anyone" }),
      }),
    ]);
    server.kill("SIGKILL");
    expect(created.status).toBe(200);
    expect(refused.status).toBe(401);
    await exited;

    const { events } = await listAuditEvents(db.forViewer(CLEARED_VIEWER), { actor: admin.username, action: "user.create", limit: 5 });
    expect(events.map((event) => event.target)).toContain("durable-dora");
    const signIns = await listAuditEvents(db.forViewer(CLEARED_VIEWER), { action: "session.sign-in", limit: 50 });
    expect(signIns.events.find((event) => event.target === "durable-nobody")).toMatchObject({ outcome: "failure" });
  }, 180_000);
});
