import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cypherDir, expandVisibility, QUERY_NAMES, visibilityPredicate } from "../../../server/neo4j/catalog.ts";

/** canSee's rule (server/access/markings.ts) as statements write it: the catalog expands it. */
const visible = (v: string) => `@visible(${v})`;

/**
 * Statements that read entities or relationships without a viewer, and why: the schema,
 * the importer's and start-up's own id checks and writes (a write must see every id it
 * could collide with; the import answers hidden ids as any other conflict), admin work
 * (accounts, the audit trail, changing an element's marking). Listed by name where a
 * folder also holds statements that answer users, so that a new one there is checked.
 */
const UNFILTERED = new Set<string>([
  "explore/nodes-by-ids", // the importer's id checks
  "explore/entity-count", // start-up: is the database empty?
  "explore/graph-version", // a counter, no entity
  // The importer's own checks and writes, in its one transaction: they must see every id
  // they could collide with, and judge visibility themselves (server/import/).
  "import/create-nodes",
  "import/update-nodes",
  "import/create-edges",
  "import/update-edges",
  "import/delete-edges",
  "import/delete-nodes",
  // Finds what holds on to nodes a replace would delete, hidden relationships included, to
  // refuse the replace; it returns `hidden` and names none of them (database-checks.ts).
  "import/foreign-edges-of-nodes",
  "import/record-run", // writes the history record, names no element
  // A staged import's own writes and start-up's clean-up of stages (server/import/staged-*.ts):
  // they create, settle or discard the elements of one stage, found by its id, and answer no one.
  "import/stage-create-nodes",
  "import/stage-create-edges",
  "import/stage-discard-nodes",
  "import/stage-discard-edges",
  "import/stage-settle-nodes",
  "import/stage-settle-edges",
]);
const UNFILTERED_DIRS = ["schema/", "admin/", "seed/", "auth/", "audit/"];

/** Records that are not graph elements and carry no marking: their variables need no rule. */
const RECORD_LABELS = ["User", "SavedView", "Session", "AccessToken"];

const text = (name: string) =>
  readFileSync(path.join(cypherDir, `${name}.cypher`), "utf8").replace(/^\s*\/\/.*$/gm, "");

/** Variables a statement binds to nodes and relationships: `(x`, `[x`, and fulltext `YIELD node`. */
function boundVariables(cypher: string): string[] {
  const found = new Set<string>();
  const records = new Set([...cypher.matchAll(new RegExp(`\\((\\w+):(?:${RECORD_LABELS.join("|")})\\b`, "g"))].map((m) => m[1]!));
  for (const match of cypher.matchAll(/(?<![\w.])\((\w+)(?=:|\)|\s*\{)/g)) found.add(match[1]!);
  for (const match of cypher.matchAll(/(?<=-)\[(\w+)(?=[:\]])/g)) found.add(match[1]!);
  for (const match of cypher.matchAll(/YIELD\s+(\w+)/g)) found.add(match[1]!);
  return [...found].filter((variable) => !records.has(variable));
}

const readsGraph = (cypher: string) => /:Entity\b|\)-\[|\]-[>(]|<-\[|queryNodes/.test(cypher);

describe("read statements filter by viewer", () => {
  const checked = QUERY_NAMES.filter((name) =>
    !UNFILTERED.has(name) && !UNFILTERED_DIRS.some((dir) => name.startsWith(dir)) && readsGraph(text(name)));

  it("checks the statements that answer users", () => {
    expect(checked).toEqual(expect.arrayContaining([
      "explore/graph-nodes", "explore/search", "explore/shortest-paths", "analytics/projection-edges",
      "export/nodes-page", "quality/orphans", "import/list-runs", "import/run-elements", "views/view-markings",
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
    // (`CALL () {` opens a subquery, it binds nothing.)
    expect(cypher, name).not.toMatch(/\[:|\)--|--\(|(?<!CALL\s*)\(\)/);
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

describe("the owner's rule in saved views", () => {
  it("counts a named element only when the view's owner may see it, with both ends of a relationship", () => {
    const cypher = text("views/view-markings");
    for (const variable of ["n", "r", "a", "b"]) expect(cypher).toMatch(new RegExp(`@visibleTo\\(${variable}, ownerLevels, ownerCaveats\\)`));
  });

  it("never counts an unpublished import's element, even for an owner whose account is gone", () => {
    const cypher = text("views/view-markings");
    for (const variable of ["n", "r", "a", "b"]) expect(cypher).toMatch(new RegExp(`@published\\(${variable}\\) AND`));
    const expanded = expandVisibility("probe", "MATCH (n) WHERE @published(n) RETURN n");
    expect(expanded).toContain("n.stagedBy IS NULL");
    expect(expanded).not.toContain("$markings");
  });

  it("expands @visibleTo with the given lists in place of the viewer's", () => {
    const expanded = expandVisibility("probe", "MATCH (n) WHERE @visibleTo(n, levels, held) RETURN n");
    expect(expanded).toBe(`MATCH (n) WHERE ${visibilityPredicate("n", "levels", "held")} RETURN n`);
    expect(expanded).toContain("IN levels");
    expect(expanded).not.toContain("$markings");
  });
});
