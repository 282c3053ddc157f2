import { Worker } from "node:worker_threads";
import { queryTimeout } from "../errors.ts";
import type { ProjectionRows, WorkerRequest, WorkerResponse } from "./protocol.ts";
import type { TaskArgs, TaskName, TaskResult } from "./tasks.ts";

const MAX_PROJECTIONS = 4;

export class AnalyticsTaskError extends Error {
  constructor(readonly taskErrorName: string, message: string) {
    super(message);
    this.name = "AnalyticsTaskError";
  }
}

/**
 * One worker thread that runs graph algorithms and keeps the projections they run on.
 * A task past its time limit terminates the worker (the only way to stop a running
 * algorithm); the next task starts a fresh one and reloads what it needs.
 */
export class AnalyticsWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  /** Keys of the projections the current worker holds, oldest first. */
  private loaded: string[] = [];
  private readonly loading = new Map<string, Promise<void>>();

  constructor(private readonly timeoutMs: number) {}

  async run<T extends TaskName>(
    key: string,
    fetchRows: () => Promise<ProjectionRows>,
    task: T,
    args: TaskArgs<T>,
  ): Promise<TaskResult<T>> {
    await this.ensureLoaded(key, fetchRows);
    return (await this.request({ type: "run", key, task, args })) as TaskResult<T>;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.reset(new Error("analytics worker closed"));
    await worker?.terminate();
  }

  private async ensureLoaded(key: string, fetchRows: () => Promise<ProjectionRows>): Promise<void> {
    if (this.loaded.includes(key)) return;
    let loading = this.loading.get(key);
    if (!loading) {
      loading = (async () => {
        const rows = await fetchRows();
        await this.request({ type: "load", key, rows });
        this.loaded.push(key);
        while (this.loaded.length > MAX_PROJECTIONS) {
          await this.request({ type: "evict", key: this.loaded.shift()! });
        }
      })().finally(() => this.loading.delete(key));
      this.loading.set(key, loading);
    }
    await loading;
  }

  private request(message: Omit<WorkerRequest, "id"> & Record<string, unknown>): Promise<unknown> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.reset(queryTimeout(`The analysis took longer than ${this.timeoutMs / 1000} s and was stopped.`));
        void worker.terminate();
      }, this.timeoutMs);
      this.pending.set(id, {
        resolve: (value) => { clearTimeout(timer); resolve(value); },
        reject: (error) => { clearTimeout(timer); reject(error); },
      });
      worker.postMessage({ ...message, id });
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL("./worker-entry.mjs", import.meta.url));
    worker.on("message", (response: WorkerResponse) => {
      const waiting = this.pending.get(response.id);
      if (!waiting) return;
      this.pending.delete(response.id);
      if (response.ok) waiting.resolve(response.result);
      else waiting.reject(new AnalyticsTaskError(response.error.name, response.error.message));
    });
    worker.on("error", (error) => this.reset(error));
    worker.on("exit", () => {
      if (this.worker === worker) this.reset(new Error("analytics worker exited"));
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private reset(error: Error): void {
    this.worker = undefined;
    this.loaded = [];
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
