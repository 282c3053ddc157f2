import { useEffect, useState } from "react";
import type { z } from "zod";
import { fetchJson, isAbort, toProblem } from "../api/fetchJson";
import type { ResourceState } from "../queries/useJsonResource";

/**
 * GETs `url` and again whenever `revision` changes (after an import), keeping the last
 * answer on screen while the new one loads so that a table does not blink empty.
 */
export function useRefetchedResource<T>(url: string, schema: z.ZodType<T>, revision: number): ResourceState<T> & { reload(): void } {
  const [state, setState] = useState<ResourceState<T>>({ type: "loading" });
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => (previous.type === "loaded" ? { ...previous, refreshing: true } : { type: "loading" }));
    fetchJson(url, { schema, signal: controller.signal }).then(
      (data) => setState({ type: "loaded", data }),
      (error: unknown) => {
        if (!isAbort(error)) setState({ type: "error", problem: toProblem(error) });
      },
    );
    return () => controller.abort();
  }, [url, schema, revision, asked]);

  return { ...state, reload: () => setAsked((count) => count + 1) };
}
