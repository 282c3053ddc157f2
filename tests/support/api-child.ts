import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { createApp, type AppOptions } from "../../server/app.ts";
import { createAccessControl } from "../../server/auth/access-control.ts";
import type { SignInThrottleOptions } from "../../server/auth/sign-in-throttle.ts";
import { GraphModel } from "../../server/model/graph-model.ts";
import { GraphDatabase } from "../../server/neo4j/database.ts";
import type { TestNeo4j } from "./global-setup.ts";

/**
 * Entry point of an API child process (see api-processes.ts): the real app, silent, on an
 * ephemeral loopback port, on the test Neo4j, sharing nothing with its parent or its
 * siblings but that database. The parent has applied the schema and made the accounts.
 */
export interface ApiChildConfig {
  connection: TestNeo4j;
  security: NonNullable<AppOptions["security"]>;
  throttle: SignInThrottleOptions;
}

export type ApiChildRequest = { type: "start"; config: ApiChildConfig } | { type: "stop" };
export type ApiChildReply = { type: "listening"; port: number } | { type: "failed"; message: string };

let db: GraphDatabase | undefined;
let server: Server | undefined;

const reply = (message: ApiChildReply) => process.send?.(message);

process.on("message", (message: ApiChildRequest) => {
  if (message.type === "start") {
    start(message.config).catch((error: Error) => {
      reply({ type: "failed", message: error.message });
      process.exit(1);
    });
  } else {
    void stop();
  }
});
// Never outlive the test, even when it is killed.
process.on("disconnect", () => void stop());

async function start(config: ApiChildConfig): Promise<void> {
  db = new GraphDatabase({ ...config.connection, queryTimeoutMs: 30_000 });
  const access = createAccessControl(db, { sessions: { idleMinutes: 30, absoluteHours: 8 }, throttle: config.throttle });
  const { app } = createApp({ db, model: GraphModel.fromFile(), logger: pino({ level: "silent" }), access, security: config.security });
  const listening = app.listen(0, "127.0.0.1");
  server = listening;
  await new Promise((resolve, reject) => listening.once("listening", resolve).once("error", reject));
  reply({ type: "listening", port: (listening.address() as AddressInfo).port });
}

async function stop(): Promise<void> {
  server?.closeAllConnections();
  server?.close();
  await db?.close();
  process.exit(0);
}
