import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import getPort from "get-port";
import Provider from "oidc-provider";
import type { OidcSettings } from "../../server/env.ts";

/**
 * A real OpenID Connect provider (oidc-provider) in the test process, on a loopback port:
 * one confidential client, PKCE required, a login page of its own. Its subjects are the
 * keys of `accounts`; their claims are the values. Signing in with a subject it does not
 * know ends the interaction with access_denied, as a provider refusing someone would.
 * No consent page: the dashboard is a first-party client, its grant is made on login.
 */
export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The app's OIDC settings for this provider, with a callback on `appUrl`. */
  settingsFor(appUrl: string, overrides?: Partial<OidcSettings>): OidcSettings;
  close(): Promise<void>;
}

export const CALLBACK = "/api/session/oidc/callback";

export async function startIdentityProvider(options: {
  accounts: Record<string, Record<string, unknown>>;
  /** The apps (http://host:port) whose callbacks the client may use. */
  appUrls: string[];
  /** The provider's host: localhost makes it another site than an app on 127.0.0.1, as in production. */
  host?: "127.0.0.1" | "localhost";
  port?: number;
  /** Default a random one. */
  clientSecret?: string;
}): Promise<TestIdentityProvider> {
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? await getPort({ host: "127.0.0.1" });
  const issuer = `http://${host}:${port}`;
  const clientId = "dashboard";
  const clientSecret = options.clientSecret ?? randomBytes(24).toString("base64url");
  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

  const provider = new Provider(issuer, {
    clients: [{
      client_id: clientId, client_secret: clientSecret, redirect_uris: options.appUrls.map((url) => url + CALLBACK),
      grant_types: ["authorization_code"], response_types: ["code"], token_endpoint_auth_method: "client_secret_basic",
    }],
    findAccount: (_ctx, sub) => {
      const claims = options.accounts[sub];
      return claims ? { accountId: sub, claims: () => ({ sub, ...claims }) } : undefined;
    },
    claims: { openid: ["sub"], profile: ["preferred_username", "name"], email: ["email"] },
    jwks: { keys: [{ ...signingKey, use: "sig", alg: "RS256", kid: "test" }] },
    cookies: { keys: [randomBytes(24).toString("base64url")] },
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope("openid profile email");
      await grant.save();
      return grant;
    },
  });
  const providerCallback = provider.callback();
  const server = createServer((req, res) => {
    if (!req.url?.startsWith("/interaction/")) return providerCallback(req, res);
    interaction(provider, options.accounts, req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));

  return {
    issuer, clientId, clientSecret,
    settingsFor: (appUrl, overrides = {}) => ({
      issuer, clientId, clientSecret, redirectUri: appUrl + CALLBACK, scopes: "openid profile email",
      usernameClaim: "preferred_username", label: "Test IdP", autoCreate: false, ...overrides,
    }),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** The provider's login: a form (GET), and its answer (POST `login=<subject>`). */
async function interaction(
  provider: Provider, accounts: Record<string, unknown>, req: IncomingMessage, res: ServerResponse,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (req.method === "GET") {
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(`<!doctype html><html lang="en"><title>Test IdP</title><h1>Test IdP sign-in</h1>
<form method="post" action="/interaction/${details.uid}"><label>Login <input name="login" autocomplete="off"></label>
<button type="submit">Continue</button></form></html>`);
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const login = new URLSearchParams(Buffer.concat(chunks).toString("utf8")).get("login") ?? "";
  const result = Object.hasOwn(accounts, login)
    ? { login: { accountId: login } }
    : { error: "access_denied", error_description: "unknown login" };
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
}
