import { spawn, type ChildProcess } from "node:child_process";
import getPort from "get-port";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { GraphDatabase } from "../../server/neo4j/database.ts";
import { emptyGraph, openTestDatabase } from "../support/database.ts";
import { createTestUser } from "../support/server.ts";

/** `npm start`'s entry point as a real process: start-up, seeding, graceful shutdown. */
let db: GraphDatabase;

beforeAll(async () => {
  ({ db } = await openTestDatabase());
  await emptyGraph(db);
});
afterAll(() => db.close());

function startServer(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const neo4j = inject("neo4j");
  const child = spawn("node_modules/.bin/tsx", ["server/cli/start.ts"], {
    env: {
      PATH: process.env.PATH,
      NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database,
      SKIP_CLIENT_BUILD: "1", LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForReady(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("server did not become ready");
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe("npm start", () => {
  it("refuses a bad environment before starting anything, naming the variable", async () => {
    const server = startServer({ PORT: "eighty" });
    expect(await server.exited).toBe(2);
    expect(server.output()).toMatch(/Invalid environment:\s+PORT:/);
  });

  it("seeds an empty database, serves it, and on SIGTERM finishes in-flight requests before exiting", async () => {
    const port = await getPort({ host: "127.0.0.1" });
    const server = startServer({ PORT: String(port) });
    const url = `http://127.0.0.1:${port}`;
    await waitForReady(url);
    expect(server.output()).toContain("seed graph loaded");
    const { token } = await createTestUser(db, { role: "analyst" });
    const signedIn = { headers: { authorization: `Bearer ${token}` } };
    expect((await fetch(`${url}/api/graph`)).status).toBe(401);
    const graph = await (await fetch(`${url}/api/graph`, signedIn)).json();
    expect(graph.nodes).toHaveLength(52);
    const requestId = (await fetch(`${url}/api/health`, { headers: { "x-request-id": "trace-42" } })).headers.get("x-request-id");
    expect(requestId).toBe("trace-42");

    const inFlight = fetch(`${url}/api/nodes/sgrs/neighbourhood?depth=3`, signedIn);
    // Let the request reach the server first: one still in the socket buffer is not in flight yet.
    await new Promise((resolve) => setTimeout(resolve, 30));
    server.child.kill("SIGTERM");
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain("stopped");
    expect(server.output()).not.toContain(inject("neo4j").password);
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
  });
});
