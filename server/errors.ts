/**
 * The one error type of the server, on the ground floor: the database layer and every
 * domain module throw these without knowing HTTP. Each factory fixes an error's stable
 * `code`, its `status` (the RFC 9457 status, which doubles as the error's kind for callers
 * that tell kinds apart) and its title; `http/problem-handler.ts` alone turns them into
 * problem+json.
 */
export interface FieldError {
  /** Where: a parameter name, a JSON path such as `nodes[3].data.kind`, or a row. */
  path: string;
  message: string;
  row?: number;
}

export type ErrorCode =
  | "invalid-request"
  | "unauthorized"
  | "forbidden"
  | "not-found"
  | "conflict"
  | "payload-too-large"
  | "unsupported-media-type"
  | "too-many-requests"
  | "database-unavailable"
  | "identity-provider-unavailable"
  | "query-timeout"
  | "internal";

export class AppError extends Error {
  override readonly name = "AppError";
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly title: string,
    detail: string,
    readonly errors: FieldError[] = [],
  ) {
    super(detail);
  }
}

export const invalidRequest = (detail: string, errors: FieldError[] = []) =>
  new AppError(400, "invalid-request", "Invalid request", detail, errors);

export const unauthorized = (detail = "Sign in first, or send a valid access token.") =>
  new AppError(401, "unauthorized", "Unauthorized", detail);

export const forbidden = (detail = "Your role does not allow this.") =>
  new AppError(403, "forbidden", "Forbidden", detail);

export const notFound = (detail: string) => new AppError(404, "not-found", "Not found", detail);

export const conflict = (detail: string) => new AppError(409, "conflict", "Conflict", detail);

export const payloadTooLarge = (detail: string) => new AppError(413, "payload-too-large", "Payload too large", detail);

export const unsupportedMediaType = (detail: string) =>
  new AppError(415, "unsupported-media-type", "Unsupported media type", detail);

/** 429; the problem handler sets `Retry-After` from `retryAfterSeconds`. */
export class TooManyRequestsError extends AppError {
  constructor(readonly retryAfterSeconds: number, detail: string) {
    super(429, "too-many-requests", "Too many requests", detail);
  }
}

export const tooManyRequests = (retryAfterSeconds: number, detail = `Too many attempts; retry in ${retryAfterSeconds} s.`) =>
  new TooManyRequestsError(retryAfterSeconds, detail);

export const internalError = () =>
  new AppError(500, "internal", "Internal error", "Something went wrong on the server; it has been logged.");

export const databaseUnavailable = (detail = "The graph database cannot be reached; retry shortly.") =>
  new AppError(503, "database-unavailable", "Database unavailable", detail);

/** 503: single sign-on cannot reach (or make sense of) the organisation's OpenID Connect provider. */
export const identityProviderUnavailable = (detail: string) =>
  new AppError(503, "identity-provider-unavailable", "Identity provider unavailable", detail);

export const queryTimeout = (detail = "The query took longer than its time limit; narrow it down.") =>
  new AppError(504, "query-timeout", "Query timed out", detail);
