// Worker threads do not inherit the TypeScript loader in every runner (Vitest, tsx), so
// the worker registers it itself before loading the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
