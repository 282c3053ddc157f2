import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { GraphModel } from "../../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { openSeededDatabase, restoreSeedAndClose } from "../../support/database.ts";
import { snapshotGraph } from "../../support/graph-snapshot.ts";
import { CLEARED_VIEWER } from "../../support/viewer.ts";

/** `npm run import` as a real process against the run's Neo4j. */
let db: GraphDatabase;
let model: GraphModel;
let scratch: string;

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  scratch = mkdtempSync(path.join(tmpdir(), "import-cli-"));
  writeFileSync(path.join(scratch, "nodes.csv"), "id:ID,:LABEL,nameFr,scope\r\ncli-a,Service,Service A,\r\ncli-b,Partner,Partenaire B,national\r\n");
  writeFileSync(path.join(scratch, "relationships.csv"), "id,:START_ID,:END_ID,:TYPE\r\ncli-a-vsse,cli-a,vsse,COOPERATES_WITH\r\n");
});
afterAll(async () => {
  await restoreSeedAndClose(db, model);
  rmSync(scratch, { recursive: true, force: true });
});

function importCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const neo4j = inject("neo4j");
  const child = spawn("node_modules/.bin/tsx", ["server/cli/import.ts", ...args], {
    env: {
      PATH: process.env.PATH, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database, LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}

const file = (name: string) => path.join(scratch, name);

describe("npm run import", () => {
  it("checks files in a dry run: a summary table, exit 0, nothing written", async () => {
    const before = await snapshotGraph(db);
    const { code, stdout } = await importCli([file("nodes.csv"), file("relationships.csv"), "--dry-run", "--source", "cli"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/would create 2 entities and 1 relationship/);
    expect(stdout).toMatch(/to create\s*│\s*2\s*│\s*1/);
    expect(await snapshotGraph(db)).toEqual(before);
  }, 120_000);

  it("lists every problem by file, line and field, exits 1, and writes nothing", async () => {
    writeFileSync(file("bad.csv"), "id:ID,:LABEL,nameFr,validFrom:date\r\nok,Service,Fine,2020-01-01\r\nbad,Spaceship,X,2020-02-30\r\n");
    const before = await snapshotGraph(db);
    const { code, stdout } = await importCli([file("bad.csv")]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/Nothing was written: 2 problems/);
    expect(stdout).toMatch(/bad\.csv.*line 3.*validFrom/s);
    expect(await snapshotGraph(db)).toEqual(before);
  }, 120_000);

  it("imports, recording the source, then changes nothing the second time", async () => {
    const first = await importCli([file("nodes.csv"), file("relationships.csv"), "--mode", "replace", "--source", "cli"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Imported: created 2 entities and 1 relationship/);
    const [row] = await db.forViewer(CLEARED_VIEWER).query("explore/node", { id: "cli-a" });
    expect((row?.props as Record<string, unknown>).provenanceSource).toBe("cli");
    const second = await importCli([file("nodes.csv"), file("relationships.csv"), "--mode", "replace", "--source", "cli"]);
    expect(second.stdout).toMatch(/Nothing changed/);
  }, 120_000);

  it("explains its usage when replace has no source", async () => {
    const { code, stderr } = await importCli([file("nodes.csv"), "--mode", "replace"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--mode replace needs --source NAME/);
  });
});
