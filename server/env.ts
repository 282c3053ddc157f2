import { z } from "zod";

/**
 * Every environment variable the server reads, declared, documented and validated in one
 * place, before anything starts. The README's configuration table mirrors this schema.
 */
const booleanFlag = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080)
    .describe("HTTP port of the API and the dashboard."),
  HOST: z.string().min(1).default("127.0.0.1")
    .describe("Interface the HTTP server listens on."),
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, "must be a neo4j:// or bolt:// URI").optional()
    .describe("A Neo4j 5.x server or cluster. Unset: the server starts a local Neo4j Community itself."),
  NEO4J_USER: z.string().min(1).default("neo4j")
    .describe("User for NEO4J_URI."),
  NEO4J_PASSWORD: z.string().optional()
    .describe("Password for NEO4J_URI. Never logged."),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, "must be a Neo4j database name").default("neo4j")
    .describe("Database name."),
  DATA_DIR: z.string().min(1).default(".data")
    .describe("Where the local Neo4j keeps its data (under DATA_DIR/neo4j)."),
  NEO4J_LOCAL_HEAP: z.string().regex(/^\d+[mg]$/, "must look like 512m or 2g").default("1g")
    .describe("Java heap of the local Neo4j."),
  NEO4J_LOCAL_PAGECACHE_MB: z.coerce.number().int().min(16).max(65536).default(512)
    .describe("Page cache of the local Neo4j, in MiB."),
  NEO4J_LOCAL_BOLT_PORT: z.coerce.number().int().min(1).max(65535).optional()
    .describe("Fixed Bolt port of the local Neo4j; unset picks a free loopback port."),
  NEO4J_START_TIMEOUT_S: z.coerce.number().int().min(5).max(3600).default(180)
    .describe("How long to wait for the local Neo4j (including the first download of its jars)."),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600000).default(15000)
    .describe("Timeout of every Neo4j transaction."),
  ANALYSIS_TIMEOUT_MS: z.coerce.number().int().min(100).max(3600000).default(30000)
    .describe("Time limit of one graph analysis (canned queries, what-if) in the analytics worker."),
  IMPORT_MAX_ELEMENTS: z.coerce.number().int().min(1).max(10_000_000).default(1_000_000)
    .describe("Most elements one import may hold; it is written in one transaction, all or nothing."),
  IMPORT_MAX_FILE_MB: z.coerce.number().int().min(1).max(10_240).default(512)
    .describe("Largest file (or request body) an import accepts, in MiB."),
  IMPORT_BATCH_ROWS: z.coerce.number().int().min(100).max(100_000).default(10_000)
    .describe("Elements per statement inside an import's one transaction."),
  IMPORT_TIMEOUT_MS: z.coerce.number().int().min(1000).max(86_400_000).default(1_800_000)
    .describe("Time limit of an import's transaction; past it, the import rolls back whole."),
  SEED_ON_EMPTY: booleanFlag.default(true)
    .describe("Load the seed graph when the database holds no entity."),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")
    .describe("Log level of the structured (pino) logs."),
});

export type Env = z.infer<typeof envSchema>;

/** The import limits the environment sets. */
export function importLimits(env: Env) {
  return {
    maxElements: env.IMPORT_MAX_ELEMENTS, maxFileBytes: env.IMPORT_MAX_FILE_MB * 1024 * 1024,
    timeoutMs: env.IMPORT_TIMEOUT_MS, batchSize: env.IMPORT_BATCH_ROWS,
  };
}

export class EnvError extends Error {
  override readonly name = "EnvError";
}

/** Parses the environment, failing with one line per bad variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  if (parsed.data.NEO4J_URI && parsed.data.NEO4J_PASSWORD === undefined) {
    throw new EnvError("Invalid environment:\n  NEO4J_PASSWORD: required when NEO4J_URI is set");
  }
  return parsed.data;
}

/** For command-line entry points: the environment, or a message and exit code 2. */
export function readEnvOrExit(): Env {
  try {
    return readEnv();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
