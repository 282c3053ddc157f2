import { AppError } from "../http/errors.ts";

export const unauthorized = (detail = "Sign in first, or send a valid access token.") =>
  new AppError(401, "unauthorized", "Unauthorized", detail);

export const forbidden = (detail = "Your role does not allow this.") =>
  new AppError(403, "forbidden", "Forbidden", detail);

/** 429; the problem handler sets `Retry-After` from `retryAfterSeconds`. */
export class TooManyRequestsError extends AppError {
  constructor(readonly retryAfterSeconds: number, detail: string) {
    super(429, "too-many-requests", "Too many requests", detail);
  }
}

export const tooManyRequests = (retryAfterSeconds: number, detail = `Too many attempts; retry in ${retryAfterSeconds} s.`) =>
  new TooManyRequestsError(retryAfterSeconds, detail);

export const conflict = (detail: string) => new AppError(409, "conflict", "Conflict", detail);

/** 503: single sign-on cannot reach (or make sense of) the organisation's OpenID Connect provider. */
export const identityProviderUnavailable = (detail: string) =>
  new AppError(503, "identity-provider-unavailable", "Identity provider unavailable", detail);
