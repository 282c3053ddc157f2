import { fileURLToPath } from "node:url";

/** Files networkx, igraph and Gephi wrote themselves, with the structure networkx computes for each (README.md, facts.json there). */
export const OTHER_TOOLS_FIXTURES = fileURLToPath(new URL("../fixtures/other-tools/", import.meta.url));
