/** `GET /api/nodes/:id` as contract/explore.ts declares it. */
export type { NodeDetails } from "../../../contract/explore.ts";
export type ElementData = Record<string, unknown>;
