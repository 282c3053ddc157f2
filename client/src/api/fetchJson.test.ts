// @vitest-environment node
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiProblem } from "./ApiProblem";
import { fetchJson } from "./fetchJson";

const schema = z.object({ nodes: z.array(z.string()) });

function answer(response: Response | Error) {
  vi.stubGlobal("fetch", vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  }));
}

async function problemFrom(promise: Promise<unknown>): Promise<ApiProblem> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiProblem);
  return error as ApiProblem;
}

afterEach(() => vi.unstubAllGlobals());

describe("fetchJson", () => {
  it("returns the body when it has the expected shape", async () => {
    answer(Response.json({ nodes: ["a"] }));
    await expect(fetchJson("/api/graph", { schema })).resolves.toEqual({ nodes: ["a"] });
  });

  it("throws the API's problem+json as an ApiProblem with its title, status, detail and errors", async () => {
    const body = { type: "/problems/invalid", title: "Invalid request", status: 400, detail: "lang must be fr, nl or en", errors: [{ path: "lang" }] };
    answer(new Response(JSON.stringify(body), { status: 400, headers: { "content-type": "application/problem+json" } }));
    const problem = await problemFrom(fetchJson("/api/graph?lang=xx", { schema }));
    expect(problem).toMatchObject(body);
  });

  it("names the HTTP status when a failure comes without a problem body", async () => {
    answer(new Response("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway", headers: { "content-type": "text/html" } }));
    const problem = await problemFrom(fetchJson("/api/graph", { schema }));
    expect(problem.status).toBe(502);
    expect(problem.title).toBe("HTTP 502 Bad Gateway");
  });

  it("reports an unreachable server as a problem with status 0", async () => {
    answer(new TypeError("fetch failed"));
    const problem = await problemFrom(fetchJson("/api/graph", { schema }));
    expect(problem.status).toBe(0);
    expect(problem.detail).toContain("/api/graph");
  });

  it("rejects a successful body of the wrong shape, naming where it is wrong", async () => {
    answer(Response.json({ nodes: [1] }));
    const problem = await problemFrom(fetchJson("/api/graph", { schema }));
    expect(problem.detail).toContain("nodes.0");
  });

  it("rethrows an abort unchanged so that callers can ignore it", async () => {
    answer(new DOMException("The operation was aborted.", "AbortError"));
    await expect(fetchJson("/api/graph", { schema })).rejects.not.toBeInstanceOf(ApiProblem);
  });
});
