import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Runs the API in a child process, as it runs in production: the load generator then
 * does not share the API's event loop, and the measured latency is the API's own.
 */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export type ApiRequestMessage = { type: "start"; connection: Neo4jConnection } | { type: "stop" };
export type ApiReplyMessage = { type: "listening"; port: number; token: string } | { type: "failed"; message: string };

export interface ApiProcess {
  url: string;
  /** A bench user's access token: requests send it as `Authorization: Bearer`. */
  token: string;
  stop(): Promise<void>;
}

export class ApiProcessError extends Error {
  override readonly name = "ApiProcessError";
}

const serverEntry = fileURLToPath(new URL("./api-server.ts", import.meta.url));

export async function startApiProcess(connection: Neo4jConnection): Promise<ApiProcess> {
  // The child inherits this process's execArgv, hence tsx's loader.
  const child = fork(serverEntry, [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const { port, token } = await new Promise<{ port: number; token: string }>((resolve, reject) => {
    child.once("message", (message: ApiReplyMessage) => {
      if (message.type === "listening") resolve(message);
      else reject(new ApiProcessError(`The API process could not start: ${message.message}`));
    });
    child.once("exit", (code) => reject(new ApiProcessError(`The API process exited (code ${code}) before listening.`)));
    child.send({ type: "start", connection } satisfies ApiRequestMessage);
  });
  return { url: `http://127.0.0.1:${port}`, token, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.send({ type: "stop" } satisfies ApiRequestMessage);
  });
}
