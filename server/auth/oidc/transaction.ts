import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { parseCookie, stringifySetCookie } from "cookie";
import type { Request, Response } from "express";
import { z } from "zod";

/** What the callback needs from the sign-in it finishes: the checks openid-client makes. */
export interface OidcTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Where the browser goes once signed in: a path of this site (see ReturnTo). */
  returnTo?: string;
}

/**
 * A page of the dashboard to come back to: a path with its query, on this site only —
 * never `//host` or `/\host` (which browsers read as another site), never the API.
 */
export const ReturnTo = z.string().max(2000)
  .regex(/^\/(?![/\\])[^\s\\]*$/, "must be a path of this site, such as /?sel=sgrs")
  .refine((path) => !path.startsWith("/api/"), "must be a page of the dashboard, not of the API");

export const OIDC_COOKIE = "cnd_oidc";
/** Only the start and the callback ever see the cookie. */
const COOKIE_PATH = "/api/session/oidc";
/** Time to get through the provider's login; a sign-in left longer starts over. */
const LIFETIME_MS = 10 * 60_000;

const sealedSchema = z.object({
  state: z.string().min(1).max(200),
  nonce: z.string().min(1).max(200),
  codeVerifier: z.string().min(43).max(128),
  returnTo: ReturnTo.optional(),
  expiresAt: z.number(),
});

/**
 * Keeps a sign-in's state, nonce and PKCE verifier in the browser between the redirect to
 * the provider and its callback, sealed (AES-256-GCM, so neither readable nor forgeable)
 * with a key derived from the client secret: any process of the deployment can open it,
 * and no server-side store is needed. The cookie is HttpOnly and SameSite=Lax — Lax
 * because the callback is a top-level navigation from the provider's site, which a
 * Strict cookie would miss — lives ten minutes and is cleared by the callback.
 */
export class OidcTransactionCookie {
  private readonly key: Buffer;

  constructor(clientSecret: string, private readonly now: () => number = Date.now) {
    this.key = Buffer.from(hkdfSync("sha256", clientSecret, "cnd-oidc", "oidc transaction cookie", 32));
  }

  set(req: Request, res: Response, transaction: OidcTransaction): void {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    const plain = JSON.stringify({ ...transaction, expiresAt: this.now() + LIFETIME_MS });
    const sealed = Buffer.concat([iv, cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
    res.append("Set-Cookie", stringifySetCookie(OIDC_COOKIE, sealed.toString("base64url"), {
      ...flags(req), maxAge: LIFETIME_MS / 1000,
    }));
  }

  /** The transaction the browser holds, or null when absent, tampered with or expired. */
  read(req: Request): OidcTransaction | null {
    const value = req.headers.cookie ? parseCookie(req.headers.cookie)[OIDC_COOKIE] : undefined;
    if (!value) return null;
    try {
      const sealed = Buffer.from(value, "base64url");
      if (sealed.length < 12 + 16 + 2) return null;
      const decipher = createDecipheriv("aes-256-gcm", this.key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(sealed.length - 16));
      const plain = Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]).toString("utf8");
      const parsed = sealedSchema.safeParse(JSON.parse(plain));
      if (!parsed.success || parsed.data.expiresAt < this.now()) return null;
      const { state, nonce, codeVerifier, returnTo } = parsed.data;
      return { state, nonce, codeVerifier, ...(returnTo ? { returnTo } : {}) };
    } catch {
      return null;
    }
  }

  clear(req: Request, res: Response): void {
    res.append("Set-Cookie", stringifySetCookie(OIDC_COOKIE, "", { ...flags(req), expires: new Date(0) }));
  }
}

function flags(req: Request) {
  return { httpOnly: true, sameSite: "lax", path: COOKIE_PATH, secure: req.secure } as const;
}
