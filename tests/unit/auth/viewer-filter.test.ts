import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cypherDir, QUERY_NAMES } from "../../../server/neo4j/catalog.ts";

/** canSee's rule (server/access/markings.ts) as statements write it: the catalog expands it. */
const visible = (v: string) => `@visible(${v})`;

/**
 * Statements that read entities or relationships without a viewer, and why: the schema,
 * the importer's and start-up's own id checks and writes (a write must see every id it
 * could collide with; the import answers hidden ids as any other conflict), admin work
 * (accounts, the audit trail, changing an element's marking), saved views (no graph data).
 */
const UNFILTERED = new Set<string>([
  "queries/nodes-by-ids", // the importer's id checks
  "queries/entity-count", // start-up: is the database empty?
  "queries/graph-version", // a counter, no entity
]);
const UNFILTERED_DIRS = ["schema/", "import/", "admin/", "seed/", "auth/", "audit/", "markings/", "views/"];

const text = (name: string) =>
  readFileSync(path.join(cypherDir, `${name}.cypher`), "utf8").replace(/^\s*\/\/.*$/gm, "");

/** Variables a statement binds to nodes and relationships: `(x`, `[x`, and fulltext `YIELD node`. */
function boundVariables(cypher: string): string[] {
  const found = new Set<string>();
  for (const match of cypher.matchAll(/(?<![\w.])\((\w+)(?=:|\)|\s*\{)/g)) found.add(match[1]!);
  for (const match of cypher.matchAll(/(?<=-)\[(\w+)(?=[:\]])/g)) found.add(match[1]!);
  for (const match of cypher.matchAll(/YIELD\s+(\w+)/g)) found.add(match[1]!);
  return [...found];
}

const readsGraph = (cypher: string) => /:Entity\b|\)-\[|\]-[>(]|<-\[|queryNodes/.test(cypher);

describe("read statements filter by viewer", () => {
  const checked = QUERY_NAMES.filter((name) =>
    !UNFILTERED.has(name) && !UNFILTERED_DIRS.some((dir) => name.startsWith(dir)) && readsGraph(text(name)));

  it("checks the statements that answer users", () => {
    expect(checked).toEqual(expect.arrayContaining([
      "queries/graph-nodes", "queries/search", "queries/shortest-paths", "analytics/projection-edges",
      "export/nodes-page", "quality/orphans",
    ]));
  });

  it.each(checked)("%s applies the visibility rule to every node and relationship it binds", (name) => {
    const cypher = text(name);
    const variables = boundVariables(cypher);
    expect(variables.length, name).toBeGreaterThan(0);
    for (const variable of variables) expect(cypher, `${name}: ${variable}`).toContain(visible(variable));
  });

  it.each(checked)("%s names every relationship it reads, or filters a path's interior", (name) => {
    const cypher = text(name);
    // An anonymous relationship or node (`-[:T]->`, `--`, `()`) would escape the rule.
    expect(cypher, name).not.toMatch(/\[:|\)--|--\(|\(\)/);
    if (/\[\*/.test(cypher)) {
      expect(cypher).toMatch(/all\((\w+) IN nodes\(\w+\) WHERE @visible\(\1\)/);
      expect(cypher).toMatch(/all\((\w+) IN relationships\(\w+\) WHERE .*@visible\(\1\)/);
    }
  });

  it("catches a statement that forgets the rule", () => {
    const forgetful = "MATCH (a:Entity)-[r]->(b:Entity) WHERE " + visible("a") + " AND " + visible("b") + " RETURN r";
    expect(boundVariables(forgetful).every((v) => forgetful.includes(visible(v)))).toBe(false);
  });
});
