import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ApiChildConfig, ApiChildReply, ApiChildRequest } from "./api-child.ts";

/** An API process of its own (see api-child.ts): its URL, and how to stop it. */
export interface ApiProcess {
  url: string;
  stop(): Promise<void>;
}

const childEntry = fileURLToPath(new URL("./api-child.ts", import.meta.url));

/** Starts the real app in a child process (TypeScript through tsx's loader) and waits until it listens. */
export async function startApiProcess(config: ApiChildConfig): Promise<ApiProcess> {
  const child = fork(childEntry, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.once("message", (message: ApiChildReply) => {
        if (message.type === "listening") resolve(message.port);
        else reject(new Error(`The API process could not start: ${message.message}`));
      });
      child.once("exit", (code) => reject(new Error(`The API process exited (code ${code}) before listening.`)));
      child.send({ type: "start", config } satisfies ApiChildRequest);
    });
    return { url: `http://127.0.0.1:${port}`, stop: () => stopChild(child) };
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.send({ type: "stop" } satisfies ApiChildRequest);
  });
}
