import { isIP } from "node:net";
import { z } from "zod";

/**
 * Every environment variable the server reads, declared, documented and validated in one
 * place, before anything starts. The README's configuration table mirrors this schema.
 */
const booleanFlag = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

/** The path OIDC_REDIRECT_URI must end in: the route that finishes a single sign-on. */
export const OIDC_CALLBACK_PATH = "/api/session/oidc/callback";

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
  IMPORT_MAX_ELEMENTS: z.coerce.number().int().min(1).max(100_000_000).default(2_000_000)
    .describe("Most elements one import may hold. Large imports are staged (see IMPORT_STAGE_ABOVE), so this is bounded by time and disk, not by Neo4j's heap."),
  IMPORT_MAX_TRANSACTION_ELEMENTS: z.coerce.number().int().min(1).max(100_000_000).optional()
    .describe("Most elements one import transaction may write, which must fit Neo4j's heap: an import up to this size (and IMPORT_STAGE_ABOVE) is one transaction, and a staged import may update, rewire or delete at most this many existing elements. Unset: 100,000 per GB of NEO4J_LOCAL_HEAP, or 250,000 with NEO4J_URI (a 2 GB heap)."),
  IMPORT_STAGE_ABOVE: z.coerce.number().int().min(1).max(100_000_000).default(50_000)
    .describe("Imports of more elements are staged: written in committed batches that no reader sees until the import is published in one small transaction (capped by IMPORT_MAX_TRANSACTION_ELEMENTS)."),
  IMPORT_MAX_FILE_MB: z.coerce.number().int().min(1).max(10_240).default(512)
    .describe("Largest file (or request body) an import accepts, in MiB."),
  IMPORT_MAX_EXPANDED_MB: z.coerce.number().int().min(1).max(102_400).default(2048)
    .describe("Most the zips of one import request may expand to, all together, in MiB (each entry also at most 100 times its compressed size past 1 MiB)."),
  IMPORT_BATCH_ROWS: z.coerce.number().int().min(100).max(100_000).default(10_000)
    .describe("Elements per statement inside an import's one transaction."),
  IMPORT_TIMEOUT_MS: z.coerce.number().int().min(1000).max(86_400_000).default(1_800_000)
    .describe("Time limit of an import's transaction (of a staged import: from its first batch to its publication); past it, the import rolls back whole."),
  SEED_ON_EMPTY: booleanFlag.default(true)
    .describe("Load the seed graph when the database holds no entity."),
  ADMIN_PASSWORD: z.string().optional()
    .describe("Password of the first account, admin, created on the first start. Unset: a one-time password is printed once on stderr. Never logged."),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30)
    .describe("A session ends after this many minutes without a request."),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(720).default(8)
    .describe("A session ends this many hours after sign-in, however active."),
  CORS_ORIGINS: z.string().default("")
    .transform((value, context) => originList(value, context))
    .describe("Comma-separated origins (https://host:port) that browsers may call the API from, besides its own. Others get 403."),
  TRUST_PROXY: z.string().optional()
    .transform(trustProxySetting)
    .describe("Express's trust proxy: behind a reverse proxy, a hop count (1), loopback, or its addresses; decides the client address (rate limits, audit) and HTTPS. Unset: no proxy."),
  HTTPS: booleanFlag.default(false)
    .describe("The app is served over HTTPS (directly or by the proxy): HSTS and upgrade-insecure-requests."),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600)
    .describe("Requests per client address per minute, all routes together, counted in Neo4j for every API process; past it, 429 with Retry-After."),
  SIGN_IN_FAILURES_PER_15_MIN: z.coerce.number().int().min(1).max(100_000).default(20)
    .describe("Failed sign-ins per client address per 15 minutes, counted in Neo4j (besides the per-account-and-address throttle)."),
  IMPORTS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(30)
    .describe("Imports per user per hour."),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")
    .describe("Log level of the structured (pino) logs."),
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).refine(secureOrLoopback, "must be https:// (http:// only on a loopback address)").optional()
    .describe("Issuer URL of the organisation's OpenID Connect provider; set, it turns single sign-on on (discovered at the first sign-in). Unset: local accounts only."),
  OIDC_CLIENT_ID: z.string().min(1).optional()
    .describe("Client id of the dashboard at the provider (required with OIDC_ISSUER)."),
  OIDC_CLIENT_SECRET: z.string().min(1).optional()
    .describe("Client secret of the dashboard at the provider (required with OIDC_ISSUER). Never logged."),
  OIDC_REDIRECT_URI: z.url({ protocol: /^https?$/ })
    .refine((value) => !URL.canParse(value) || new URL(value).pathname.endsWith(OIDC_CALLBACK_PATH), `must end in ${OIDC_CALLBACK_PATH}`).optional()
    .describe(`The dashboard's callback as registered at the provider, such as https://dashboard.example.org${OIDC_CALLBACK_PATH} (required with OIDC_ISSUER).`),
  OIDC_SCOPES: z.string().default("openid profile email").refine((value) => value.split(/\s+/).includes("openid"), "must include openid")
    .describe("Scopes asked of the provider, space-separated."),
  OIDC_USERNAME_CLAIM: z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/, "must be a claim name").default("preferred_username")
    .describe("ID token claim that names the local account (lower-cased)."),
  OIDC_LABEL: z.string().trim().min(1).max(60).default("Single sign-on")
    .describe("Name of the provider on the sign-in button (\"Sign in with …\")."),
  OIDC_AUTO_CREATE: booleanFlag.default(false)
    .describe("A first sign-in of an unknown user creates an analyst account, clearance UNCLASSIFIED, no caveats (admins raise it). false: unknown users are refused."),
});

export type Env = z.infer<typeof envSchema>;

function originList(value: string, context: z.RefinementCtx): string[] {
  const origins: string[] = [];
  for (const item of value.split(",").map((part) => part.trim()).filter((part) => part.length > 0)) {
    try {
      const url = new URL(item);
      if ((url.protocol !== "http:" && url.protocol !== "https:") || url.origin !== item.replace(/\/$/, "")) throw new Error();
      origins.push(url.origin);
    } catch {
      context.addIssue({ code: "custom", message: `${item} is not an origin such as https://dashboard.example.org` });
    }
  }
  return origins;
}

/** TRUST_PROXY as Express takes it: a hop count, true/false, or addresses and names such as loopback. */
function trustProxySetting(value: string | undefined): boolean | number | string {
  if (value === undefined || value === "false" || value === "0") return false;
  if (value === "true") return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/** The sign-in, CORS and rate-limit settings the environment sets. */
export function securitySettings(env: Env) {
  return {
    allowedOrigins: env.CORS_ORIGINS, https: env.HTTPS, trustProxy: env.TRUST_PROXY,
    globalPerMinute: env.RATE_LIMIT_PER_MINUTE, signInPer15Minutes: env.SIGN_IN_FAILURES_PER_15_MIN,
    importsPerHour: env.IMPORTS_PER_HOUR,
  };
}

/**
 * Elements one import-sized transaction commits per GB of Neo4j heap, with a margin: Neo4j
 * caps a transaction's memory at 70% of the heap, and the bench measured about 125k
 * elements per GB committing (1, 2 and 4 GB heaps; `tests/bench/import-bound.ts`).
 */
const IMPORT_ELEMENTS_PER_HEAP_GB = 100_000;
/** With NEO4J_URI the server's heap is unknown here: assume a 2 GB one. */
const REMOTE_IMPORT_MAX_ELEMENTS = 250_000;

/** The local Neo4j's heap in GB, from a size such as 512m or 2g. */
function heapGigabytes(heap: string): number {
  const amount = Number.parseInt(heap, 10);
  return heap.endsWith("g") ? amount : amount / 1024;
}

/** IMPORT_MAX_TRANSACTION_ELEMENTS, or what the heap of the Neo4j in use commits in one transaction. */
export function importMaxTransactionElements(env: Env): number {
  if (env.IMPORT_MAX_TRANSACTION_ELEMENTS !== undefined) return env.IMPORT_MAX_TRANSACTION_ELEMENTS;
  if (env.NEO4J_URI) return REMOTE_IMPORT_MAX_ELEMENTS;
  return Math.max(1_000, Math.floor(heapGigabytes(env.NEO4J_LOCAL_HEAP) * IMPORT_ELEMENTS_PER_HEAP_GB));
}

/** The import limits the environment sets. */
export function importLimits(env: Env) {
  const maxTransactionElements = importMaxTransactionElements(env);
  return {
    maxElements: env.IMPORT_MAX_ELEMENTS, maxTransactionElements,
    // Past what one transaction holds, an import must be staged, whatever IMPORT_STAGE_ABOVE says.
    stageAbove: Math.min(env.IMPORT_STAGE_ABOVE, maxTransactionElements),
    maxFileBytes: env.IMPORT_MAX_FILE_MB * 1024 * 1024,
    maxExpandedBytes: env.IMPORT_MAX_EXPANDED_MB * 1024 * 1024,
    timeoutMs: env.IMPORT_TIMEOUT_MS, batchSize: env.IMPORT_BATCH_ROWS,
  };
}

/** Single sign-on through the organisation's OpenID Connect provider, as the environment sets it. */
export interface OidcSettings {
  /** The provider's issuer URL; its metadata is discovered on first use. */
  issuer: string;
  clientId: string;
  /** Never logged, never sent anywhere but the provider's token endpoint. */
  clientSecret: string;
  /** Ends in /api/session/oidc/callback; registered at the provider. */
  redirectUri: string;
  /** Space-separated, with openid. */
  scopes: string;
  /** The ID token claim naming the local account. */
  usernameClaim: string;
  /** The provider's name on the sign-in button. */
  label: string;
  /** Unknown users get an analyst account (UNCLASSIFIED, no caveats) instead of a refusal. */
  autoCreate: boolean;
}

/**
 * Whether a host name is this machine: localhost, 127.0.0.0/8 or ::1. Only such an issuer
 * may be plain http (a provider started by the tests, or one on the same host); the
 * relying party refuses http everywhere else.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost") return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  if (isIP(host) === 6) return host === "::1" || host === "0:0:0:0:0:0:0:1";
  return false;
}

/** Single sign-on through OpenID Connect, or null when OIDC_ISSUER is unset (local accounts only). */
export function oidcSettings(env: Env): OidcSettings | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET || !env.OIDC_REDIRECT_URI) return null;
  return {
    issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET,
    redirectUri: env.OIDC_REDIRECT_URI, scopes: env.OIDC_SCOPES, usernameClaim: env.OIDC_USERNAME_CLAIM,
    label: env.OIDC_LABEL, autoCreate: env.OIDC_AUTO_CREATE,
  };
}

/** http:// is allowed for a provider on this machine only (tests, a local IdP); anything else needs TLS. */
function secureOrLoopback(value: string): boolean {
  // zod runs refinements after a failed format check too; that failure is reported already.
  if (!URL.canParse(value)) return true;
  const url = new URL(value);
  return url.protocol === "https:" || isLoopbackHost(url.hostname);
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
  if (parsed.data.OIDC_ISSUER) {
    const missing = (["OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_REDIRECT_URI"] as const).filter((name) => !parsed.data[name]);
    if (missing.length > 0) {
      throw new EnvError(`Invalid environment:\n${missing.map((name) => `  ${name}: required when OIDC_ISSUER is set`).join("\n")}`);
    }
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
