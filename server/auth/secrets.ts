import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

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

/** String equality in time independent of where the strings differ. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}
