import type { Express, Request, RequestHandler, Response } from "express";
import { z } from "zod";
import { recordMarkedRead } from "../audit/marked-read.ts";
import { requireRole } from "../auth/authenticate.ts";
import type { Role } from "../../contract/roles.ts";
import type { ResponseMarking } from "../../contract/markings.ts";
import type { GraphDatabase } from "../neo4j/database.ts";
import { invalidRequest, type FieldError } from "../errors.ts";

/** The least role a route needs; "public" only for what must work before signing in. */
export type RouteRole = Role | "public";

/**
 * A route declared once: the role it needs (checked before anything else), its zod
 * schemas that validate the request, feed the OpenAPI document and type the handler's
 * input. Handlers read only the validated input.
 */
export interface RouteSpec<
  Q extends z.ZodType = z.ZodType,
  P extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  method: "get" | "post" | "put" | "delete";
  /** Express-style path, such as /api/nodes/:id. */
  path: string;
  /** Deny by default: every route names the least role that may call it. */
  role: RouteRole;
  /** Callable while the user must still change a one-time password (signing out, the change itself). */
  beforePasswordChange?: boolean;
  /** A rate limit of its own besides the global one, by name; createApp supplies it. */
  rateLimit?: "signIn" | "import";
  summary: string;
  tags: string[];
  query?: Q;
  params?: P;
  body?: B;
  /** Schema of the 200 body, for the OpenAPI document. */
  response: z.ZodType;
  /** Status codes besides 200 the route may answer, with what they mean. */
  problems?: Record<number, string>;
  /**
   * A read whose answer carries `marking`: what its audit event names as the target.
   * mountRoute records the read of anything marked before the answer goes out.
   */
  markedRead?: (input: { query: z.output<Q>; params: z.output<P>; body: z.output<B> }) => string;
  handle(
    input: { query: z.output<Q>; params: z.output<P>; body: z.output<B> },
    context: { req: Request; res: Response },
  ): Promise<unknown> | unknown;
}

export function defineRoute<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType>(
  spec: RouteSpec<Q, P, B>,
): RouteSpec {
  return spec as unknown as RouteSpec;
}

export interface MountOptions {
  /** The route's own rate limits by name (see `rateLimit`); run after the role check, before validation. */
  rateLimits?: Partial<Record<NonNullable<RouteSpec["rateLimit"]>, RequestHandler>>;
  /** Where the reads of marked data a `markedRead` route answers are recorded. */
  audit?: GraphDatabase;
}

/**
 * Mounts a route behind its role check (401 without a usable credential, 403 below the
 * role), then its own rate limit, then validation, the handler and, for a `markedRead` route, the
 * audit of a marked answer.
 */
export function mountRoute(app: Express, route: RouteSpec, { rateLimits = {}, audit }: MountOptions = {}): void {
  const handler: RequestHandler = async (req, res) => {
    const errors: FieldError[] = [];
    const query = parsePart(route.query, req.query, errors);
    const params = parsePart(route.params, req.params, errors);
    const body = parsePart(route.body, req.body, errors);
    if (errors.length > 0) {
      throw invalidRequest(
        `Invalid ${errors.map((error) => error.path).join(", ")}: ${errors[0]!.message}.`,
        errors,
      );
    }
    const result = await route.handle({ query, params, body }, { req, res });
    if (route.markedRead && audit) {
      await recordMarkedRead(audit, req, (result as { marking: ResponseMarking }).marking, route.markedRead({ query, params, body }));
    }
    if (!res.headersSent) res.json(result);
  };
  const access = route.role === "public" ? [] : [requireRole(route.role, { beforePasswordChange: route.beforePasswordChange })];
  const limit = route.rateLimit ? rateLimits[route.rateLimit] : undefined;
  app[route.method](route.path, ...access, ...(limit ? [limit] : []), handler);
}

function parsePart(schema: z.ZodType | undefined, value: unknown, errors: FieldError[]): never {
  if (!schema) return undefined as never;
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data as never;
  for (const issue of parsed.error.issues) {
    errors.push({ path: issue.path.map(String).join(".") || "(body)", message: issue.message });
  }
  return undefined as never;
}

/** A query parameter holding a list: repeated (`a=1&a=2`) or comma-separated (`a=1,2`). */
export function listParam<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => {
    if (value === undefined || value === "") return undefined;
    const values = Array.isArray(value) ? value : [value];
    return values.flatMap((v) => String(v).split(",")).map((v) => v.trim()).filter((v) => v.length > 0);
  }, z.array(item).max(100).optional());
}

export const languageParam = z.enum(["fr", "nl", "en"]).default("en")
  .describe("Language of the `name` of each node: fr, nl or en.");

export const asOfParam = z.iso.date().optional()
  .describe("Keep only what is valid on this day (validFrom ≤ asOf ≤ validTo), YYYY-MM-DD.");
