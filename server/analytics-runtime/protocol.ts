/**
 * Messages between the API thread and the analytics worker. The worker keeps projections
 * by key (graph version and as-of date), so a graph crosses the thread boundary once per
 * version, not once per query.
 */
export interface ProjectionRows {
  nodes: { id: string; kind: string; name?: string }[];
  edges: { id: string; type: string; source: string; target: string }[];
}

export type WorkerRequest =
  | { id: number; type: "load"; key: string; rows: ProjectionRows }
  | { id: number; type: "evict"; key: string }
  | { id: number; type: "run"; key: string; task: string; args: unknown };

export type WorkerResponse =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: { name: string; message: string } };
