import { AppError, type ErrorCode } from "../http/errors.ts";

/**
 * The access-control failures, built on the API's one error type so that the existing
 * problem handler turns them into problem+json. Their codes are not (yet) members of
 * `ErrorCode` in server/http/errors.ts; `authCode` is the one place that widens them,
 * and goes away once that union lists these codes.
 */
export type AuthErrorCode = "unauthorized" | "forbidden" | "too-many-requests" | "conflict";

const authCode = (code: AuthErrorCode) => code as string as ErrorCode;

export const unauthorized = (detail = "Sign in first, or send a valid access token.") =>
  new AppError(401, authCode("unauthorized"), "Unauthorized", detail);

export const forbidden = (detail = "Your role does not allow this.") =>
  new AppError(403, authCode("forbidden"), "Forbidden", detail);

/** 429; the caller sets `Retry-After` from `retryAfterSeconds` before the error is answered. */
export class TooManyRequestsError extends AppError {
  constructor(readonly retryAfterSeconds: number, detail: string) {
    super(429, authCode("too-many-requests"), "Too many requests", detail);
  }
}

export const tooManyRequests = (retryAfterSeconds: number, detail = `Too many attempts; retry in ${retryAfterSeconds} s.`) =>
  new TooManyRequestsError(retryAfterSeconds, detail);

export const conflict = (detail: string) => new AppError(409, authCode("conflict"), "Conflict", detail);
