import type { ErrorRequestHandler, RequestHandler } from "express";
import { AppError, internalError, invalidRequest, notFound, TooManyRequestsError, type FieldError } from "../errors.ts";

const PROBLEM_TYPE = "application/problem+json";
const UNAVAILABLE_RETRY_SECONDS = 5;

/** An error as the API answers it: RFC 9457 problem details. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  instance?: string;
}

function toProblem(error: AppError, instance?: string): Problem {
  return {
    type: `/problems/${error.code}`,
    title: error.title,
    status: error.status,
    detail: error.message,
    ...(error.errors.length > 0 ? { errors: error.errors } : {}),
    ...(instance ? { instance } : {}),
  };
}

/** Maps any error to problem+json. Unknown errors are logged and answered as a bare 500. */
export const problemHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const appError = asAppError(error);
  if (appError.status >= 500) {
    req.log?.error({ err: error }, "request failed");
  }
  if (appError instanceof TooManyRequestsError) res.setHeader("Retry-After", String(appError.retryAfterSeconds));
  // A restarting database is usually back within seconds; clients that wait spare it a flood.
  else if (appError.status === 503) res.setHeader("Retry-After", String(UNAVAILABLE_RETRY_SECONDS));
  res.status(appError.status).type(PROBLEM_TYPE).send(JSON.stringify(toProblem(appError, req.originalUrl)));
};

export const unknownRoute: RequestHandler = (req, _res, next) => {
  next(notFound(`No route ${req.method} ${req.path}.`));
};

function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isBodyParserError(error)) {
    return error.type === "entity.too.large"
      ? new AppError(413, "invalid-request", "Payload too large", "The request body is larger than allowed.")
      : invalidRequest("The request body is not valid JSON.", [{ path: "body", message: "malformed JSON" }]);
  }
  return internalError();
}

function isBodyParserError(error: unknown): error is { type: string; status: number } {
  return typeof error === "object" && error !== null && "type" in error && "status" in error
    && typeof (error as { type: unknown }).type === "string";
}
