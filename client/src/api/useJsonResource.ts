import { useCallback, useEffect, useState } from "react";
import type { z } from "zod";
import type { ApiProblem } from "./ApiProblem";
import { endpointUrl, type Endpoint, type EndpointRequest } from "./endpoints";
import { fetchJson, isAbort, toProblem } from "./fetchJson";

/**
 * What a panel shows of one GET: nothing asked yet, loading, the answer, or the problem.
 * `refreshing` marks an earlier answer kept on screen while the url's new answer loads
 * (a language switch must not wipe a half-filled form).
 */
export type ResourceState<T> =
  | { type: "idle" }
  | { type: "loading" }
  | { type: "loaded"; data: T; refreshing?: boolean }
  | { type: "error"; problem: ApiProblem };

interface Held<T> {
  url: string | null;
  value: ResourceState<T>;
  /** The last answer this hook received, whatever its url. */
  last: T | undefined;
}

/**
 * GETs `url` whenever it changes (null: nothing to fetch), again on `reload()` or when
 * `revision` changes (after a change elsewhere), and checks the answer against `schema`;
 * an answer arriving after the url changed is dropped. The last answer stays on screen
 * while the next one loads, so a table does not blink empty.
 */
export function useJsonResource<T>(url: string | null, schema: z.ZodType<T>, revision = 0): ResourceState<T> & { reload(): void } {
  const [held, setHeld] = useState<Held<T>>({ url: null, value: { type: "idle" }, last: undefined });
  const [asked, setAsked] = useState(0);
  const reload = useCallback(() => setAsked((count) => count + 1), []);

  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    setHeld((previous) => ({ ...previous, url, value: { type: "loading" } }));
    fetchJson(url, { schema, signal: controller.signal }).then(
      (data) => setHeld({ url, value: { type: "loaded", data }, last: data }),
      (error: unknown) => {
        if (!isAbort(error)) setHeld((previous) => ({ ...previous, url, value: { type: "error", problem: toProblem(error) } }));
      },
    );
    return () => controller.abort();
  }, [url, schema, revision, asked]);

  if (url === null) return { type: "idle", reload };
  const current = held.url === url ? held.value : { type: "loading" as const };
  if (current.type === "loading" && held.last !== undefined) return { type: "loaded", data: held.last, refreshing: true, reload };
  return { ...current, reload };
}

/** {@link useJsonResource} over an endpoint of the table; a null request fetches nothing. */
export function useEndpoint<S extends z.ZodType>(target: Endpoint<S>, request: EndpointRequest | null, revision = 0) {
  return useJsonResource(request === null ? null : endpointUrl(target, request), target.response as z.ZodType<z.output<S>>, revision);
}
