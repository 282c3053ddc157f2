import type { z } from "zod";
import { ApiProblem } from "./ApiProblem";
import { csrfHeaders, reportAnswer } from "./apiSession";

export interface FetchJsonOptions<T> {
  /** Checks the body's shape; the returned value is typed from it. */
  schema: z.ZodType<T>;
  signal?: AbortSignal;
  /**
   * When present, the request is a POST (or `method`) with this value as its JSON body;
   * FormData (an upload) goes as multipart/form-data instead.
   */
  body?: unknown;
  /** Default: GET without a body, POST with one. */
  method?: "GET" | "POST" | "PUT" | "DELETE";
}

/**
 * GETs `url` (or POSTs `body` to it) and returns its JSON answer, checked against `schema`.
 * Requests that change something carry the session's CSRF token. Every failure (no
 * response, an error status, a body of the wrong shape) is thrown as an
 * {@link ApiProblem}; an abort is rethrown unchanged so callers can ignore it.
 */
export async function fetchJson<T>(url: string, { schema, signal, body: sent, method: asked }: FetchJsonOptions<T>): Promise<T> {
  const method = asked ?? (sent === undefined ? "GET" : "POST");
  const headers: Record<string, string> = { Accept: "application/json", ...csrfHeaders(method) };
  const form = sent instanceof FormData;
  // The browser sets a multipart body's Content-Type itself, with its boundary.
  if (sent !== undefined && !form) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(url, method === "GET"
      ? { headers, signal }
      : { method, headers, body: sent === undefined ? undefined : form ? sent : JSON.stringify(sent), signal });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw ApiProblem.unreachable(url, error, method);
  }

  const body = await readJson(response);
  reportAnswer(url, response.status, body);
  if (!response.ok) {
    throw body === undefined ? ApiProblem.fromBareResponse(url, response, method) : ApiProblem.fromBody(body, response);
  }
  if (body === undefined) {
    throw ApiProblem.unexpectedBody(url, response, "it is not JSON", method);
  }

  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw ApiProblem.unexpectedBody(url, response, describeFirstIssue(parsed.error), method);
  }
  return parsed.data;
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

/** Any thrown value as a problem, so a bug still reaches the panel rather than the console only. */
export function toProblem(error: unknown, title = "Something went wrong"): ApiProblem {
  if (error instanceof ApiProblem) return error;
  return new ApiProblem({ type: "about:blank", title, status: 0, detail: error instanceof Error ? error.message : String(error) });
}

/** The parsed body, or undefined when it is not JSON (an HTML error page, an empty body). */
async function readJson(response: Response): Promise<unknown> {
  const contentType = response.headers.get("content-type") ?? "";
  if (!/\bjson\b/i.test(contentType)) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function describeFirstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "its shape is wrong";
  const where = issue.path.length > 0 ? issue.path.join(".") : "the body";
  return `${where}: ${issue.message}`;
}
