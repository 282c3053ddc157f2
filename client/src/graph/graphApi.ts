import { callEndpoint, endpoints } from "../api/endpoints";

/** The graph's endpoints: the model, the (filtered) graph, and one entity's neighbourhood. */
export function fetchModel() {
  return callEndpoint(endpoints.model);
}

/** `query`: kinds, types, asOf, lang, limit. */
export function fetchGraphView(query: URLSearchParams) {
  return callEndpoint(endpoints.graph, { query });
}

/** `query`: depth, limit, types, asOf, lang. */
export function fetchNeighbourhood(id: string, query: URLSearchParams) {
  return callEndpoint(endpoints.neighbourhood, { params: { id }, query });
}
