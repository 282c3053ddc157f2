import type { z } from "zod";
import { ApiProblem } from "../api/ApiProblem";

export interface PostJsonOptions<T> {
  /** Sent as the JSON body. */
  body: unknown;
  /** Checks the answer's shape; the returned value is typed from it. */
  schema: z.ZodType<T>;
  signal?: AbortSignal;
}

/**
 * POSTs a JSON body and returns the JSON answer checked against `schema` — the POST twin
 * of `fetchJson`: every failure is an {@link ApiProblem}, an abort is rethrown unchanged.
 */
export async function postJson<T>(url: string, { body, schema, signal }: PostJsonOptions<T>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/json" },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiProblem({
      type: "about:blank",
      title: "API unreachable",
      status: 0,
      detail: `POST ${url} got no response (${reason}). Is the server running?`,
    });
  }

  const answer = await readJson(response);
  if (!response.ok) {
    if (answer !== undefined) throw ApiProblem.fromBody(answer, response);
    throw new ApiProblem({
      type: "about:blank",
      title: response.statusText ? `HTTP ${response.status} ${response.statusText}` : `HTTP ${response.status}`,
      status: response.status,
      detail: `POST ${url} failed without a problem description.`,
    });
  }
  const parsed = schema.safeParse(answer);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join(".") : "the body";
    throw new ApiProblem({
      type: "about:blank",
      title: "Unexpected response",
      status: response.status,
      detail: `POST ${url} answered with a body the dashboard cannot read: ${answer === undefined ? "it is not JSON" : `${where}: ${issue?.message ?? "wrong shape"}`}`,
    });
  }
  return parsed.data;
}

async function readJson(response: Response): Promise<unknown> {
  if (!/\bjson\b/i.test(response.headers.get("content-type") ?? "")) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** Any thrown value as a problem, so a bug still reaches the panel rather than the console only. */
export function toProblem(error: unknown, title = "Something went wrong"): ApiProblem {
  if (error instanceof ApiProblem) return error;
  return new ApiProblem({ type: "about:blank", title, status: 0, detail: error instanceof Error ? error.message : String(error) });
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}
