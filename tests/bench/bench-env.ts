import { z } from "zod";

/**
 * The environment the bench reads. It never uses NEO4J_URI: the bench wipes its
 * database, so it runs on its own local Neo4j unless BENCH_NEO4J_URI names another one.
 */
const benchEnvSchema = z.object({
  BENCH_NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, "must be a neo4j:// or bolt:// URI").optional()
    .describe("A Neo4j 5 server the bench may wipe. Unset: the bench starts its own under .data/bench-neo4j."),
  BENCH_NEO4J_USER: z.string().min(1).default("neo4j").describe("User for BENCH_NEO4J_URI."),
  BENCH_NEO4J_PASSWORD: z.string().default("").describe("Password for BENCH_NEO4J_URI."),
  BENCH_NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/).default("neo4j")
    .describe("Database the bench wipes and fills."),
});

export type BenchEnv = z.infer<typeof benchEnvSchema>;

export function readBenchEnv(source: NodeJS.ProcessEnv = process.env): BenchEnv {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = benchEnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
