import { parentPort } from "node:worker_threads";
import { buildProjection, filterByTypes, type Projection } from "../analytics/projection.ts";
import type { WorkerRequest, WorkerResponse } from "./protocol.ts";
import { tasks } from "./tasks.ts";

/** The analytics worker: heavy graph algorithms run here, off the API's event loop. */
const projections = new Map<string, Projection>();

parentPort!.on("message", (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id: request.id, ok: true, result: handle(request) };
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    response = { id: request.id, ok: false, error: { name, message } };
  }
  parentPort!.postMessage(response);
});

function handle(request: WorkerRequest): unknown {
  switch (request.type) {
    case "load":
      projections.set(request.key, buildProjection(request.rows));
      return null;
    case "evict":
      projections.delete(request.key);
      return null;
    case "run": {
      const graph = projections.get(request.key);
      if (!graph) throw new Error(`projection ${request.key} is not loaded`);
      const task = tasks[request.task as keyof typeof tasks];
      if (!task) throw new Error(`unknown analytics task ${request.task}`);
      const { types } = request.args as { types?: string[] };
      const view = types ? filterByTypes(graph, types) : graph;
      return { value: task(view, request.args as never), nodes: view.order, edges: view.size };
    }
  }
}
