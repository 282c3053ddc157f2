import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), "utf8");
const folders = (dir: string) =>
  readdirSync(new URL(dir, root), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "dist" && entry.name !== "target")
    .map((entry) => entry.name);

/** The guides are for a newcomer: a top folder they don't name is a folder nobody explains. */
describe("the architecture guide and the README follow the code", () => {
  const guide = read("ARCHITECTURE.md");
  const readme = read("README.md");
  const section = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from)));
  const serverFloors = section(guide, "## The server's floors", "## The client's folders");
  const cypherFolders = section(guide, "The Cypher folders", "## A request");

  it.each(folders("server/"))("ARCHITECTURE.md and the README name server/%s/", (folder) => {
    expect(serverFloors).toMatch(new RegExp(`\`(server/)?${folder}/`));
    expect(readme).toContain(`${folder}/`);
  });

  it.each(folders("client/src/"))("ARCHITECTURE.md and the README name client/src/%s/", (folder) => {
    expect(guide).toContain(`\`client/src/${folder}/\``);
    expect(readme).toContain(`${folder}/`);
  });

  it.each(folders("cypher/"))("ARCHITECTURE.md and the README name cypher/%s/", (folder) => {
    expect(cypherFolders).toMatch(new RegExp(`\`(cypher/)?${folder}/\``));
    expect(readme).toContain(`\`${folder}/\``);
  });

  it("names every top-level folder of the repository", () => {
    const top = folders("./").filter((name) => !name.startsWith(".") && name !== "node_modules");
    for (const folder of top) expect(guide, folder).toContain(`${folder}/`);
  });

  it("CONTRIBUTING.md covers set-up, tests, benchmarks and commits", () => {
    const contributing = read("CONTRIBUTING.md");
    for (const heading of ["## Set up", "## Tests", "## Benchmarks", "## Commits"]) expect(contributing).toContain(heading);
    for (const command of ["npm install", "npm test", "npm run bench", "npm run lint"]) expect(contributing).toContain(command);
  });
});
