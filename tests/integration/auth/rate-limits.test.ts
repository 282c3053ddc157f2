import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Neo4jRateLimitStore } from "../../../server/auth/rate-limit-store.ts";
import { createRateLimits, type RateLimits } from "../../../server/auth/rate-limits.ts";
import { problemHandler } from "../../../server/http/problem-handler.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { handClock, openAccessDatabase } from "./access-support.ts";

/**
 * The rate limits on their Neo4j store: the middlewares on a small app of their own, and
 * the store itself, where two stores stand for two API processes.
 */
let db: GraphDatabase;
let server: Server;
let base: string;
let limits: RateLimits;

beforeAll(async () => {
  db = await openAccessDatabase();
  limits = createRateLimits(db, { globalPerMinute: 1000, signInPer15Minutes: 2, importsPerHour: 1 });
  const app = express();
  app.use(limits.global);
  app.post("/api/echo", (_req, res) => {
    res.json({ ok: true });
  });
  app.post("/api/session", limits.signIn, (req, res) => {
    res.status(req.headers["x-right"] === "yes" ? 200 : 401).json({});
  });
  app.post("/api/imports", limits.import, (_req, res) => {
    res.json({ imported: true });
  });
  app.use(problemHandler);
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

const post = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { method: "POST", headers });

describe("the rate limits", () => {
  it("count only failed sign-ins, and answer 429 with Retry-After past the limit", async () => {
    // A success is taken back once its answer has gone out, a moment after the client has it.
    const settled = (hits: number) => vi.waitFor(async () => expect((await limits.signIn.getKey("127.0.0.1"))?.totalHits).toBe(hits), { timeout: 5_000 });
    expect((await post("/api/session")).status).toBe(401);
    expect((await post("/api/session", { "x-right": "yes" })).status).toBe(200);
    await settled(1);
    expect((await post("/api/session", { "x-right": "yes" })).status).toBe(200);
    await settled(1);
    expect((await post("/api/session")).status).toBe(401);
    const limited = await post("/api/session");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("content-type")).toContain("application/problem+json");
  });

  it("limit imports apart from everything else", async () => {
    expect((await post("/api/imports")).status).toBe(200);
    expect((await post("/api/imports")).status).toBe(429);
    expect((await post("/api/echo")).status).toBe(200);
  });
});

describe("the Neo4j store", () => {
  const windowMs = 60_000;
  /** The start of a minute, on the stores' own clock. */
  const T0 = 16_666_666_667 * windowMs;
  function stores() {
    const clock = handClock(T0);
    const limiter = `test-${randomBytes(4).toString("hex")}`;
    const make = () => {
      const store = new Neo4jRateLimitStore(db, limiter, clock.now);
      store.init({ windowMs } as Parameters<Neo4jRateLimitStore["init"]>[0]);
      return store;
    };
    return { one: make(), other: make(), advance: clock.advance };
  }

  it("counts a client's requests through every store on the database, in fixed windows", async () => {
    const { one, other, advance } = stores();
    expect(await one.increment("10.0.0.1")).toEqual({ totalHits: 1, resetTime: new Date(T0 + windowMs) });
    expect((await other.increment("10.0.0.1")).totalHits).toBe(2);
    expect((await other.increment("10.0.0.2")).totalHits).toBe(1);
    advance(windowMs - 1);
    expect((await one.increment("10.0.0.1")).totalHits).toBe(3);
    advance(1);
    expect((await one.increment("10.0.0.1")).totalHits).toBe(1);
  });

  it("counts every request when several stores count at once", async () => {
    const { one, other } = stores();
    const hits = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? one : other).increment("10.0.0.3")));
    expect(hits.map((hit) => hit.totalHits).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it("takes a request back, and forgets a client on reset", async () => {
    const { one, other } = stores();
    await one.increment("10.0.0.4");
    await one.increment("10.0.0.4");
    await other.decrement("10.0.0.4");
    expect((await one.increment("10.0.0.4")).totalHits).toBe(2);
    await other.resetKey("10.0.0.4");
    expect((await one.increment("10.0.0.4")).totalHits).toBe(1);
  });

  it("deletes the windows that have ended", async () => {
    const { one } = stores();
    await one.increment("10.0.0.5");
    const [before] = await db.query("auth/delete-past-rate-limit-windows", { now: 0, limit: 10 }, "WRITE");
    expect(Number(before!.deleted)).toBe(0);
    const [after] = await db.query("auth/delete-past-rate-limit-windows", { now: T0 + windowMs, limit: 100_000 }, "WRITE");
    expect(Number(after!.deleted)).toBeGreaterThanOrEqual(1);
    expect((await one.increment("10.0.0.5")).totalHits).toBe(1);
  });
});
