import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { createApp } from "../../server/app.ts";
import type { ImportLimits } from "../../server/import/import-jobs.ts";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";

export interface TestServer {
  url: string;
  get(path: string): Promise<{ status: number; type: string; body: any }>;
  /** Any request; the body is parsed when it is JSON. */
  request(path: string, init: RequestInit): Promise<{ status: number; type: string; body: any; headers: Headers }>;
  close(): Promise<void>;
}

/** The real app on an ephemeral loopback port, spoken to over real HTTP. */
export async function startTestServer(options: {
  db: GraphDatabase; model: GraphModel; clientDir?: string; analysisTimeoutMs?: number; importLimits?: Partial<ImportLimits>;
}): Promise<TestServer> {
  const app = createApp({ ...options, logger: pino({ level: "silent" }) });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const request: TestServer["request"] = async (path, init) => {
    const response = await fetch(url + path, init);
    const type = response.headers.get("content-type") ?? "";
    const text = await response.text();
    const body = text.length > 0 && type.includes("json") ? JSON.parse(text) : text;
    return { status: response.status, type, body, headers: response.headers };
  };
  return {
    url,
    request,
    async get(path) {
      const { status, type, body } = await request(path, {});
      return { status, type, body };
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
