import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { randomBytes } from "node:crypto";
import { createApp } from "../../server/app.ts";
import { applyAccessSchema } from "../../server/auth/access-schema.ts";
import { AccessTokenStore } from "../../server/auth/access-tokens.ts";
import { UserStore } from "../../server/auth/user-store.ts";
import { readEnv } from "../../server/env.ts";
import { GraphModel } from "../../server/model/graph-model.ts";
import { GraphDatabase } from "../../server/neo4j/database.ts";
import type { ApiReplyMessage, ApiRequestMessage } from "./api-process.ts";

/**
 * Entry point of the API child process (see api-process.ts): the real app, silent, on an
 * ephemeral loopback port, with the server's default query timeout, signed-in requests
 * only (a bench admin cleared for everything gets an access token) and no rate limit
 * (the load comes from one address).
 */
let db: GraphDatabase | undefined;
let server: Server | undefined;

const reply = (message: ApiReplyMessage) => process.send?.(message);

process.on("message", (message: ApiRequestMessage) => {
  if (message.type === "start") {
    start(message).catch((error: Error) => {
      reply({ type: "failed", message: error.message });
      process.exit(1);
    });
  } else {
    void stop();
  }
});
// Never outlive the bench, even when it is killed.
process.on("disconnect", () => void stop());

async function start({ connection }: Extract<ApiRequestMessage, { type: "start" }>): Promise<void> {
  db = new GraphDatabase({ ...connection, queryTimeoutMs: readEnv({}).QUERY_TIMEOUT_MS });
  const token = await benchToken(db);
  const { app } = createApp({
    db, model: GraphModel.fromFile(), logger: pino({ level: "silent" }),
    security: { globalPerMinute: 100_000_000, importsPerHour: 100_000_000, signInPer15Minutes: 100_000_000 },
  });
  const listening = app.listen(0, "127.0.0.1");
  server = listening;
  await new Promise((resolve, reject) => listening.once("listening", resolve).once("error", reject));
  reply({ type: "listening", port: (listening.address() as AddressInfo).port, token });
}

/** A bench admin of a new name each start, cleared for everything, and its token. */
async function benchToken(database: GraphDatabase): Promise<string> {
  await applyAccessSchema(database);
  const username = `bench-${randomBytes(4).toString("hex")}`;
  await new UserStore(database).create(
    { username, password: randomBytes(18).toString("base64url"), role: "admin", clearance: "SECRET" },
    { actor: "bench" },
  );
  return (await new AccessTokenStore(database).create(username, { name: "bench" }, { actor: "bench" })).token;
}

async function stop(): Promise<void> {
  server?.closeAllConnections();
  server?.close();
  await db?.close();
  process.exit(0);
}
