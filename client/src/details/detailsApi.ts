import { endpoints } from "../api/endpoints";
import { useEndpoint } from "../api/useJsonResource";
import type { Language } from "../../../contract/model.ts";

/** One entity's details: provenance, relationship counts, its data in `language`. */
export function useNodeDetails(id: string, language: Language) {
  return useEndpoint(endpoints.node, { params: { id }, query: { lang: language } });
}

/** The entity's neighbours one hop away, as they were on `asOf` when set. */
export function useNeighbours(id: string, language: Language, asOf: string | null) {
  return useEndpoint(endpoints.neighbourhood, { params: { id }, query: { depth: "1", lang: language, ...(asOf ? { asOf } : {}) } });
}
