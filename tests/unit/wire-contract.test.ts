import { readdirSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as markings from "../../contract/markings.ts";
import * as passwords from "../../contract/passwords.ts";
import * as roles from "../../contract/roles.ts";
import type { RouteSpec } from "../../server/http/route.ts";
import { GraphModel } from "../../server/model/graph-model.ts";
import type { RouteContext } from "../../server/routes/context.ts";
import { createRoutes } from "../../server/routes/index.ts";

/**
 * The dashboard and the server read one wire contract (contract/): every endpoint the
 * client's table names is a route of the server, with the very schema the route declares
 * for its answer, and the rules the client applies before asking are the contract's.
 */

interface ClientEndpoint {
  method: string;
  path: string;
  response: z.ZodType;
}

// The client's modules are loaded as data, through Vite's resolution (they import without
// extensions, which the server's NodeNext type check would refuse to follow).
const clientModule = (path: string): Promise<Record<string, unknown>> => import(/* @vite-ignore */ `../../client/src/${path}`);

async function clientEndpoints(): Promise<Record<string, ClientEndpoint>> {
  return (await clientModule("api/endpoints.ts")).endpoints as Record<string, ClientEndpoint>;
}

/** The routes as createRoutes declares them; declaring them touches no service, so the context only needs the model. */
function serverRoutes(): RouteSpec[] {
  const context = { model: GraphModel.fromFile(), queries: new Map(), oidc: null } as unknown as RouteContext;
  return createRoutes(context);
}

/** Whether the route's answer schema is the client's, or (a route answering one of several shapes) one of them. */
function declares(route: RouteSpec, schema: z.ZodType): boolean {
  if (route.response === schema) return true;
  return route.response instanceof z.ZodUnion && (route.response.options as readonly z.ZodType[]).includes(schema);
}

/** Endpoints the client calls that no route answers with the same method, path and schema. */
function driftBetween(endpoints: Record<string, ClientEndpoint>, routes: RouteSpec[]): string[] {
  return Object.entries(endpoints).flatMap(([name, endpoint]) => {
    const route = routes.find((candidate) => candidate.method === endpoint.method.toLowerCase() && candidate.path === endpoint.path);
    if (!route) return [`${name}: no route ${endpoint.method} ${endpoint.path}`];
    return declares(route, endpoint.response) ? [] : [`${name}: ${endpoint.method} ${endpoint.path} answers with another schema`];
  });
}

describe("the wire contract", () => {
  it("has a server route, with the same answer schema, for every endpoint the client calls", async () => {
    const endpoints = await clientEndpoints();
    expect(Object.keys(endpoints).length).toBeGreaterThan(25);
    expect(driftBetween(endpoints, serverRoutes())).toEqual([]);
  });

  it("names a drift: a path the server does not serve, or an answer schema of the client's own", async () => {
    const endpoints = await clientEndpoints();
    const drifted = {
      ...endpoints,
      graph: { ...endpoints.graph!, path: "/api/graphs" },
      search: { ...endpoints.search!, response: z.object({ results: z.array(z.unknown()) }) },
    };
    expect(driftBetween(drifted, serverRoutes())).toEqual([
      "graph: no route GET /api/graphs",
      "search: GET /api/search answers with another schema",
    ]);
  });
});

describe("the rules the client applies before asking", () => {
  it("are the contract's: markings order, what each role may do", async () => {
    // The client imports these rules from contract/ (no copy is left, see below); what it
    // builds on them must agree with the contract for every level, caveat and role.
    const { readMarking } = (await clientModule("session/markings.ts")) as { readMarking(value: unknown): markings.Marking };
    for (const classification of markings.CLASSIFICATIONS) {
      for (const caveats of [[], ["rel nato"], ["REL NATO", "eyes only"]]) {
        expect(readMarking({ classification, caveats })).toEqual(markings.highestMarking([{ classification, caveats }]));
      }
    }
    expect(readMarking({ classification: "NOT A LEVEL", caveats: [] }).classification).toBe(markings.CLASSIFICATIONS.at(-1));
    const { canOpenPage } = (await clientModule("session/abilities.ts")) as { canOpenPage(role: string | undefined, page: string): boolean };
    const pageAbility = { explore: "explore", data: "importData", users: "manageUsers", audit: "readAudit", account: "useTokens" } as const;
    for (const role of [...roles.ROLES, undefined]) {
      for (const [page, ability] of Object.entries(pageAbility)) expect(canOpenPage(role, page), `${role} ${page}`).toBe(roles.can(role, ability));
    }
  });

  it("refuse the passwords the server refuses, for the same reason", async () => {
    const { passwordProblem } = (await clientModule("session/passwordPolicy.ts")) as { passwordProblem(password: string): string | null };
    for (const password of ["short", "x".repeat(12), " ".repeat(20), "a".repeat(257), "a long enough passphrase"]) {
      const broken = passwords.brokenPasswordRule(password);
      expect(passwordProblem(password)).toBe(broken === null ? null : `password.${broken}`);
    }
  });

  it("are declared nowhere else in the client: no hand-written levels, roles, password lengths or answer schemas", () => {
    const root = fileURLToPath(new URL("../../client/src/", import.meta.url));
    const sources = productSources(root);
    expect(sources.length).toBeGreaterThan(50);
    const copies = sources.filter(({ text }) =>
      /"UNCLASSIFIED",\s*"RESTRICTED"/.test(text) || /"analyst",\s*"manager"/.test(text) || /\b12\b.*\b256\b/.test(text) ||
      /z\.(object|looseObject)\(/.test(text));
    // Left: the HTTP layer's reading of problem+json errors, and the query form's reading of a
    // parameter's JSON Schema (which the catalog's answer carries as any JSON Schema).
    expect(copies.map(({ file }) => file.slice(root.length)).sort()).toEqual(["api/fieldErrors.ts", "queries/paramFields.ts"]);
  });
});

describe("the contract's modules", () => {
  it("import zod and one another only, so that both the server and the browser can load them", () => {
    const root = fileURLToPath(new URL("../../contract/", import.meta.url));
    const imports = readdirSync(root).filter((name) => name.endsWith(".ts"))
      .flatMap((name) => [...readFileSync(`${root}${name}`, "utf8").matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]!));
    expect(imports.length).toBeGreaterThan(10);
    expect(imports.filter((source) => source !== "zod" && !/^\.\/[a-z-]+\.ts$/.test(source))).toEqual([]);
  });
});

function productSources(directory: string): { file: string; text: string }[] {
  return readdirSync(directory).flatMap((name) => {
    const file = `${directory}${name}`;
    if (statSync(file).isDirectory()) return name === "testing" ? [] : productSources(`${file}/`);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [{ file, text: readFileSync(file, "utf8") }] : [];
  });
}
