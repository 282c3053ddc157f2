/**
 * The one error type of the API. Every failure a client can see is built by one of the
 * factories below and turned into RFC 9457 problem+json by `problemHandler`.
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

export const notFound = (detail: string) => new AppError(404, "not-found", "Not found", detail);

export const payloadTooLarge = (detail: string) => new AppError(413, "payload-too-large", "Payload too large", detail);

export const unsupportedMediaType = (detail: string) =>
  new AppError(415, "unsupported-media-type", "Unsupported media type", detail);

export const databaseUnavailable = (detail = "The graph database cannot be reached; retry shortly.") =>
  new AppError(503, "database-unavailable", "Database unavailable", detail);

export const queryTimeout = (detail = "The query took longer than its time limit; narrow it down.") =>
  new AppError(504, "query-timeout", "Query timed out", detail);

export const internalError = () =>
  new AppError(500, "internal", "Internal error", "Something went wrong on the server; it has been logged.");

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  instance?: string;
}

export function toProblem(error: AppError, instance?: string): Problem {
  return {
    type: `/problems/${error.code}`,
    title: error.title,
    status: error.status,
    detail: error.message,
    ...(error.errors.length > 0 ? { errors: error.errors } : {}),
    ...(instance ? { instance } : {}),
  };
}
