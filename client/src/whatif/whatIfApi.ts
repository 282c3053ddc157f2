import { callEndpoint, endpoints } from "../api/endpoints";
import type { ConfidenceLevel } from "../../../contract/analysis-scope.ts";

export interface WhatIfRequest {
  nodes: string[];
  edges: string[];
  asOf: string | null;
  minConfidence?: ConfidenceLevel;
  sources?: string[];
}

/**
 * What removing these entities and relationships would do, on the graph as it was on
 * `asOf` when set, counting links from `minConfidence` up and only the given import sources.
 */
export function analyseWhatIf({ nodes, edges, asOf, minConfidence, sources }: WhatIfRequest, signal?: AbortSignal) {
  return callEndpoint(endpoints.whatIf, {
    body: {
      removeNodes: nodes, removeRelationships: edges,
      ...(asOf ? { asOf } : {}), ...(minConfidence ? { minConfidence } : {}), ...(sources ? { sources } : {}),
    },
    signal,
  });
}
