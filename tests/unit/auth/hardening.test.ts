import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHardening, unsafeKey } from "../../../server/auth/hardening.ts";
import { problemHandler } from "../../../server/http/problem-handler.ts";

let server: Server;
let base: string;

beforeAll(async () => {
  const hardening = createHardening({
    allowedOrigins: ["https://partner.example"],
    https: false,
    jsonLimit: "2kb",
  });
  const app = express();
  app.disable("x-powered-by");
  app.use(hardening.securityHeaders);
  app.use(hardening.cors);
  app.use(hardening.jsonBody);
  app.post("/api/echo", (req, res) => {
    res.json({ body: req.body as unknown });
  });
  app.get("/", (_req, res) => {
    res.type("html").send("<!doctype html><title>x</title>");
  });
  app.use(problemHandler);
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(base + path, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });

describe("the security headers", () => {
  it("send a strict CSP: own scripts only, nothing inline, no framing, no plugins", async () => {
    const response = await fetch(`${base}/`);
    const csp = response.headers.get("content-security-policy") ?? "";
    const directives = Object.fromEntries(csp.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["script-src"]).toEqual(["'self'"]);
    expect(directives["script-src-attr"]).toEqual(["'none'"]);
    expect(directives["style-src"]).not.toContain("'unsafe-inline'");
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(directives["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(response.headers.get("x-powered-by")).toBeNull();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("tell browsers to stay on HTTPS when the app is served over HTTPS", async () => {
    const app = express();
    app.use(createHardening({ allowedOrigins: [], https: true }).securityHeaders);
    app.get("/", (_req, res) => {
      res.send("ok");
    });
    const tls = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => tls.once("listening", resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(tls.address() as AddressInfo).port}/`);
      expect(response.headers.get("strict-transport-security")).toMatch(/max-age=31536000/);
      expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    } finally {
      tls.close();
    }
  });
});

describe("CORS", () => {
  it("lets scripts without an Origin and the app's own origin through", async () => {
    expect((await post("/api/echo", "{}")).status).toBe(200);
    expect((await post("/api/echo", "{}", { origin: base })).status).toBe(200);
  });

  it("answers an allowed origin's preflight and marks its responses", async () => {
    const preflight = await fetch(`${base}/api/echo`, {
      method: "OPTIONS",
      headers: { origin: "https://partner.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type,x-csrf-token" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://partner.example");
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/X-CSRF-Token/);
    const response = await post("/api/echo", "{}", { origin: "https://partner.example" });
    expect(response.headers.get("access-control-allow-origin")).toBe("https://partner.example");
    expect(response.headers.get("vary")).toMatch(/Origin/);
  });

  it("refuses any other origin with 403 problem+json", async () => {
    const response = await post("/api/echo", "{}", { origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect((await post("/api/echo", "{}", { origin: "null" })).status).toBe(403);
  });
});

describe("JSON bodies", () => {
  it("pass ordinary JSON through", async () => {
    const response = await post("/api/echo", JSON.stringify({ nodes: [{ data: { id: "a", "proto": 1 } }] }));
    expect(await response.json()).toEqual({ body: { nodes: [{ data: { id: "a", proto: 1 } }] } });
  });

  it("refuse __proto__ and constructor keys anywhere, naming where, and leave prototypes alone", async () => {
    const polluting = await post("/api/echo", '{"nodes":[{"data":{"__proto__":{"polluted":true}}}]}');
    expect(polluting.status).toBe(400);
    expect((await polluting.json()).errors).toEqual([{ path: "nodes[0].data.__proto__", message: 'the key "__proto__" is not allowed' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const constructor = await post("/api/echo", '{"constructor":{"prototype":{"polluted":true}}}');
    expect(constructor.status).toBe(400);
  });

  it("refuse bodies over the size limit with 413", async () => {
    const response = await post("/api/echo", JSON.stringify({ text: "x".repeat(4096) }));
    expect(response.status).toBe(413);
  });

  it("refuse pathologically deep nesting", () => {
    const deep = JSON.parse(`${"[".repeat(100)}${"]".repeat(100)}`);
    expect(unsafeKey(deep)?.message).toMatch(/nested deeper than 64/);
    expect(unsafeKey({ a: [1, { b: null }] })).toBeNull();
  });
});
