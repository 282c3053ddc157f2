import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** 32 random bytes (256 bits) as base64url: session tokens, access tokens, CSRF tokens. */
export function randomSecret(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * What is stored instead of a token: its SHA-256, hex. The tokens are random and long, so
 * a fast hash is enough (a slow one protects guessable passwords, not 256-bit secrets).
 */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * A session's CSRF token, derived from its session token (HMAC-SHA256 keyed by it). The
 * server can give it again (GET /api/session) from the cookie alone, yet the database keeps
 * only its hash: neither it nor the session token can be read back from a copy of the store.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac("sha256", sessionToken).update("csrf", "utf8").digest("base64url");
}

/** String equality in time independent of where the strings differ. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}
