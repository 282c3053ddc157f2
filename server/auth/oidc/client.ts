import * as client from "openid-client";
import { isLoopbackHost, OIDC_CALLBACK_PATH, type OidcSettings } from "../../env.ts";
import { identityProviderUnavailable } from "../../errors.ts";
import type { OidcTransaction } from "./transaction.ts";

/**
 * Why a single sign-on did not open a session, as the short code the sign-in page reads
 * from `/?signIn=<code>` and translates. Stable: the client and its texts rely on them.
 */
export const OIDC_FAILURES = ["state", "denied", "unavailable", "failed", "claim", "unknown", "disabled", "throttled"] as const;
export type OidcFailureCode = (typeof OIDC_FAILURES)[number];

/** A refused single sign-on: `code` for the browser, `reason` and the username (once known) for the audit trail. */
export class OidcSignInFailure extends Error {
  override readonly name = "OidcSignInFailure";
  constructor(readonly code: OidcFailureCode, readonly reason: string, readonly username?: string) {
    super(reason);
  }
}

/** The parameters a provider sends back to the callback (RFC 6749 §4.1.2, RFC 9207's iss). */
export interface CallbackParameters {
  code?: string;
  state?: string;
  iss?: string;
  session_state?: string;
  error?: string;
  error_description?: string;
}

/** Time limit of each request to the provider, in seconds. */
const PROVIDER_TIMEOUT_SECONDS = 10;

/**
 * The dashboard as an OpenID Connect relying party (openid-client): the authorization
 * code flow with PKCE (S256), state and nonce. The provider's metadata is discovered on
 * first use, not at start, so that the dashboard starts while the provider is away; a
 * failed discovery is tried again at the next sign-in.
 */
export class OidcRelyingParty {
  private configuration: Promise<client.Configuration> | null = null;
  constructor(readonly settings: OidcSettings) {}

  /** Where to send the browser, and what its callback will be checked against. */
  async authorizationRequest(): Promise<{ url: URL; transaction: OidcTransaction }> {
    const config = await this.discover();
    const transaction = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes,
      response_type: "code",
      code_challenge: await client.calculatePKCECodeChallenge(transaction.codeVerifier),
      code_challenge_method: "S256",
      state: transaction.state,
      nonce: transaction.nonce,
    });
    return { url, transaction };
  }

  /**
   * Redeems the callback's code (with the PKCE verifier) and returns the verified ID
   * token's claims; openid-client checks the state, the issuer, the signature, the
   * audience, the expiry and the nonce. Throws an `OidcSignInFailure`.
   */
  async finish(parameters: CallbackParameters, transaction: OidcTransaction): Promise<Record<string, unknown>> {
    let config: client.Configuration;
    try {
      config = await this.discover();
    } catch (error) {
      throw new OidcSignInFailure("unavailable", (error as Error).message);
    }
    const callbackUrl = new URL(this.settings.redirectUri);
    for (const [name, value] of Object.entries(parameters)) if (value !== undefined) callbackUrl.searchParams.set(name, value);
    try {
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: transaction.codeVerifier,
        expectedState: transaction.state,
        expectedNonce: transaction.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new OidcSignInFailure("failed", "the provider returned no ID token");
      // A provider that conforms strictly puts scope claims (profile: preferred_username) in
      // the UserInfo answer only; openid-client checks that answer is about the same subject.
      if (claims[this.settings.usernameClaim] !== undefined || !config.serverMetadata().userinfo_endpoint) return claims;
      const userInfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      return { ...userInfo, ...claims };
    } catch (error) {
      throw asFailure(error);
    }
  }

  private discover(): Promise<client.Configuration> {
    this.configuration ??= this.discoverNow().catch((error: unknown) => {
      this.configuration = null;
      throw error;
    });
    return this.configuration;
  }

  private async discoverNow(): Promise<client.Configuration> {
    const issuer = new URL(this.settings.issuer);
    try {
      return await client.discovery(
        issuer, this.settings.clientId, undefined, client.ClientSecretBasic(this.settings.clientSecret),
        // http is refused by openid-client unless allowed; env.ts lets it through for loopback issuers only.
        { timeout: PROVIDER_TIMEOUT_SECONDS, execute: isLoopbackHost(issuer.hostname) ? [client.allowInsecureRequests] : [] },
      );
    } catch (error) {
      throw identityProviderUnavailable(
        `The identity provider ${issuer.origin} cannot be reached or did not answer as an OpenID Connect provider (${describe(error)}); retry shortly.`,
      );
    }
  }
}

/**
 * A request URL as the logs keep it: the callback's query (an authorization code, the
 * state) is left out, like any other credential.
 */
export function loggableUrl(url: string): string {
  return url.startsWith(`${OIDC_CALLBACK_PATH}?`) ? `${OIDC_CALLBACK_PATH}?[redacted]` : url;
}

function asFailure(error: unknown): OidcSignInFailure {
  if (error instanceof OidcSignInFailure) return error;
  if (error instanceof client.AuthorizationResponseError) {
    return new OidcSignInFailure("denied", `the provider answered ${error.error}`);
  }
  if (isNetworkFailure(error)) return new OidcSignInFailure("unavailable", `the provider cannot be reached (${describe(error)})`);
  return new OidcSignInFailure("failed", `the provider's answer was refused (${describe(error)})`);
}

/** fetch's own failures (refused, reset, DNS) and the request time limit; not protocol errors. */
function isNetworkFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === "TimeoutError" || error.name === "AbortError") return true;
  return error instanceof TypeError && error.cause instanceof Error;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${(error.cause as NodeJS.ErrnoException).code ?? error.cause.message}` : "";
  return `${error.message}${cause}`.slice(0, 300);
}
