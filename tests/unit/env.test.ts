import { describe, expect, it } from "vitest";
import { EnvError, importLimits, importMaxTransactionElements, readEnv } from "../../server/env.ts";

describe("the environment", () => {
  it("has working defaults: port 8080, local Neo4j under .data", () => {
    const env = readEnv({});
    expect(env).toMatchObject({ PORT: 8080, DATA_DIR: ".data", NEO4J_DATABASE: "neo4j", SEED_ON_EMPTY: true });
    expect(env.NEO4J_URI).toBeUndefined();
  });

  it("names every bad variable before anything starts", () => {
    expect(() => readEnv({ PORT: "eighty", NEO4J_URI: "http://x" })).toThrow(EnvError);
    try {
      readEnv({ PORT: "eighty", NEO4J_URI: "http://x" });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT:/);
      expect((error as Error).message).toMatch(/NEO4J_URI: must be a neo4j:\/\/ or bolt:\/\/ URI/);
    }
  });

  it("requires a password with NEO4J_URI, and never echoes it", () => {
    expect(() => readEnv({ NEO4J_URI: "neo4j://db:7687" })).toThrow(/NEO4J_PASSWORD: required/);
    const env = readEnv({ NEO4J_URI: "neo4j+s://db:7687", NEO4J_PASSWORD: "s3cret" });
    expect(env.NEO4J_PASSWORD).toBe("s3cret");
  });

  it("sizes one import transaction to what the Neo4j heap commits, and stages every import past it", () => {
    expect(importMaxTransactionElements(readEnv({}))).toBe(100_000);
    expect(importMaxTransactionElements(readEnv({ NEO4J_LOCAL_HEAP: "4g" }))).toBe(400_000);
    expect(importMaxTransactionElements(readEnv({ NEO4J_LOCAL_HEAP: "512m" }))).toBe(50_000);
    expect(importMaxTransactionElements(readEnv({ NEO4J_URI: "neo4j://db:7687", NEO4J_PASSWORD: "x" }))).toBe(250_000);
    expect(importMaxTransactionElements(readEnv({ NEO4J_LOCAL_HEAP: "1g", IMPORT_MAX_TRANSACTION_ELEMENTS: "2000000" }))).toBe(2_000_000);
    expect(importLimits(readEnv({})).stageAbove).toBe(50_000);
    expect(importLimits(readEnv({ NEO4J_LOCAL_HEAP: "512m", IMPORT_STAGE_ABOVE: "80000" })).stageAbove).toBe(50_000);
    expect(importLimits(readEnv({})).maxElements).toBe(2_000_000);
  });
});
