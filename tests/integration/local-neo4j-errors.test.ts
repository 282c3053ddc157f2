import { createServer, type Server } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import getPort from "get-port";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalNeo4jError, startLocalNeo4j, type LocalNeo4j } from "../../server/neo4j/local-neo4j.ts";

/** What a person sees when the local Neo4j cannot start, cause by cause. */
const logger = pino({ level: "silent" });
const base = { heap: "256m", pageCacheMb: 32, startTimeoutMs: 300_000, logger };
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "neo4j-errors-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("starting the local Neo4j", () => {
  it("says to install Java, or to set NEO4J_URI, when there is no java on the PATH", async () => {
    const savedPath = process.env.PATH;
    process.env.PATH = scratch;
    try {
      await expect(startLocalNeo4j({ ...base, home: path.join(scratch, "no-java") })).rejects.toThrow(
        /Java is not installed.*install a JDK.*or set NEO4J_URI/is,
      );
    } finally {
      process.env.PATH = savedPath;
    }
  });

  it("says the port is busy and how to choose another", async () => {
    const port = await getPort({ host: "127.0.0.1" });
    const holder: Server = createServer().listen(port, "127.0.0.1");
    await new Promise((resolve) => holder.once("listening", resolve));
    try {
      const start = startLocalNeo4j({ ...base, home: path.join(scratch, "busy-port"), boltPort: port });
      await expect(start).rejects.toThrow(LocalNeo4jError);
      await expect(start).rejects.toThrow(new RegExp(`Port ${port} on 127.0.0.1 is busy.*NEO4J_LOCAL_BOLT_PORT`, "s"));
    } finally {
      holder.close();
    }
  }, 120_000);

  it("says the data folder is held by another Neo4j, and what to do", async () => {
    const home = path.join(scratch, "shared-home");
    const first: LocalNeo4j = await startLocalNeo4j({ ...base, home });
    try {
      await expect(startLocalNeo4j({ ...base, home })).rejects.toThrow(/is in use by another Neo4j process.*DATA_DIR/s);
    } finally {
      await first.stop();
    }
  }, 180_000);
});
