import { callEndpoint, endpoints } from "../api/endpoints";

/** What removing these entities and relationships would do, on the graph as it was on `asOf` when set. */
export function analyseWhatIf({ nodes, edges, asOf }: { nodes: string[]; edges: string[]; asOf: string | null }, signal?: AbortSignal) {
  return callEndpoint(endpoints.whatIf, { body: { removeNodes: nodes, removeRelationships: edges, ...(asOf ? { asOf } : {}) }, signal });
}
