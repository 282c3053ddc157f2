import type { Position } from "cytoscape";
import type { LayoutRequest, LayoutResponse } from "./layoutWorkerProtocol";

export interface OffThreadLayout {
  /** Resolves to the new positions; rejects if the worker fails. */
  result: Promise<Map<string, Position>>;
  /** Stops the worker; the promise then never settles. */
  cancel(): void;
}

/** Whether this environment can run layouts in a worker (browsers; not Node or jsdom tests). */
export function canLayoutOffThread(): boolean {
  return typeof Worker !== "undefined" && typeof window !== "undefined";
}

let nextId = 0;

/** Lays out a large view in a dedicated worker (one per run: a cancelled run is simply terminated). */
export function layoutOffThread(request: Omit<LayoutRequest, "id">): OffThreadLayout {
  const worker = new Worker(new URL("./layoutWorker.ts", import.meta.url), { type: "module" });
  const id = ++nextId;
  const result = new Promise<Map<string, Position>>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<LayoutResponse>) => {
      worker.terminate();
      if (data.id !== id) return;
      if (data.type === "done") resolve(new Map(data.positions));
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || "the layout worker failed"));
    };
  });
  worker.postMessage({ ...request, id } satisfies LayoutRequest);
  return { result, cancel: () => worker.terminate() };
}
