import type { z } from "zod";
import { ApiProblem } from "./ApiProblem";

export interface FetchJsonOptions<T> {
  /** Checks the body's shape; the returned value is typed from it. */
  schema: z.ZodType<T>;
  signal?: AbortSignal;
}

/**
 * GETs `url` and returns its JSON body, checked against `schema`.
 * Every failure (no response, an error status, a body of the wrong shape) is thrown
 * as an {@link ApiProblem}; an abort is rethrown unchanged so callers can ignore it.
 */
export async function fetchJson<T>(url: string, { schema, signal }: FetchJsonOptions<T>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" }, signal });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw ApiProblem.unreachable(url, error);
  }

  const body = await readJson(response);
  if (!response.ok) {
    throw body === undefined ? ApiProblem.fromBareResponse(url, response) : ApiProblem.fromBody(body, response);
  }
  if (body === undefined) {
    throw ApiProblem.unexpectedBody(url, response, "it is not JSON");
  }

  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw ApiProblem.unexpectedBody(url, response, describeFirstIssue(parsed.error));
  }
  return parsed.data;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
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
