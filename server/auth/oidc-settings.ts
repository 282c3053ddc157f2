import { isIP } from "node:net";

/** Single sign-on through the organisation's OpenID Connect provider, as env.ts reads it. */
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
