import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { createApp } from "../../server/app.ts";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";

export interface TestServer {
  url: string;
  get(path: string): Promise<{ status: number; type: string; body: any }>;
  close(): Promise<void>;
}

/** The real app on an ephemeral loopback port, spoken to over real HTTP. */
export async function startTestServer(options: { db: GraphDatabase; model: GraphModel; clientDir?: string; analysisTimeoutMs?: number }): Promise<TestServer> {
  const app = createApp({ ...options, logger: pino({ level: "silent" }) });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async get(path) {
      const response = await fetch(url + path);
      const type = response.headers.get("content-type") ?? "";
      const text = await response.text();
      return { status: response.status, type, body: text.length > 0 && type.includes("json") ? JSON.parse(text) : text };
    },
    close: async () => {
      await (app.locals.analytics as { close(): Promise<void> }).close();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
