import type { z } from "zod";
import type { ResourceState } from "../queries/useJsonResource";
import { useAccessResource } from "../session/useAccessResource";

/** GETs `url` and again whenever `revision` changes (after an import), without blinking empty. */
export function useRefetchedResource<T>(url: string, schema: z.ZodType<T>, revision: number): ResourceState<T> & { reload(): void } {
  return useAccessResource(url, schema, revision);
}
