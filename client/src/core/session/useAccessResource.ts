import { useCallback, useEffect, useState } from "react";
import type { z } from "zod";
import { fetchJson, isAbort, toProblem } from "../api/fetchJson";
import type { ResourceState } from "../queries/useJsonResource";

/**
 * GETs `url` (null: nothing) and again on `reload()` or when `revision` changes, keeping
 * the last answer on screen while the next one loads, so a table does not blink empty
 * after each change.
 */
export function useAccessResource<T>(
  url: string | null, schema: z.ZodType<T>, revision = 0,
): ResourceState<T> & { reload(): void } {
  const [state, setState] = useState<ResourceState<T>>({ type: url === null ? "idle" : "loading" });
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    if (url === null) return;
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

  const reload = useCallback(() => setAsked((count) => count + 1), []);
  return { ...state, reload };
}
