import type { ShortestPaths } from "../../../contract/explore.ts";

/** `GET /api/paths` as contract/explore.ts declares it: the elements of every path found, each path as ids. */
export type PathsAnswer = ShortestPaths;
export type FoundPath = PathsAnswer["paths"][number];
