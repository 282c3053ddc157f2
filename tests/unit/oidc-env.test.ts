import { describe, expect, it } from "vitest";
import { EnvError, oidcSettings, readEnv } from "../../server/env.ts";

const complete = {
  OIDC_ISSUER: "https://id.example.org/realms/staff",
  OIDC_CLIENT_ID: "dashboard",
  OIDC_CLIENT_SECRET: "very secret value",
  OIDC_REDIRECT_URI: "https://dashboard.example.org/api/session/oidc/callback",
};

function failure(env: Record<string, string>): string {
  try {
    readEnv(env);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as Error).message;
  }
  throw new Error("readEnv accepted it");
}

describe("single sign-on settings", () => {
  it("are off unless OIDC_ISSUER is set", () => {
    expect(oidcSettings(readEnv({}))).toBeNull();
    expect(oidcSettings(readEnv({ OIDC_CLIENT_ID: "dashboard" }))).toBeNull();
  });

  it("take their defaults when complete: scopes, username claim, label, no account creation", () => {
    expect(oidcSettings(readEnv(complete))).toEqual({
      issuer: complete.OIDC_ISSUER, clientId: "dashboard", clientSecret: "very secret value", redirectUri: complete.OIDC_REDIRECT_URI,
      scopes: "openid profile email", usernameClaim: "preferred_username", label: "Single sign-on", autoCreate: false,
    });
    expect(oidcSettings(readEnv({ ...complete, OIDC_AUTO_CREATE: "true", OIDC_LABEL: "Staff ID" }))).toMatchObject({ autoCreate: true, label: "Staff ID" });
  });

  it("refuse to start when partly configured, naming each missing variable on its line", () => {
    expect(failure({ OIDC_ISSUER: complete.OIDC_ISSUER, OIDC_CLIENT_ID: "dashboard" })).toBe(
      "Invalid environment:\n  OIDC_CLIENT_SECRET: required when OIDC_ISSUER is set\n  OIDC_REDIRECT_URI: required when OIDC_ISSUER is set",
    );
    const { OIDC_CLIENT_ID: _omitted, ...withoutId } = complete;
    expect(failure(withoutId)).toBe("Invalid environment:\n  OIDC_CLIENT_ID: required when OIDC_ISSUER is set");
  });

  it("refuse a callback elsewhere than the dashboard's route, and plain http to a provider on another machine", () => {
    expect(failure({ ...complete, OIDC_REDIRECT_URI: "https://dashboard.example.org/callback" }))
      .toMatch(/OIDC_REDIRECT_URI: must end in \/api\/session\/oidc\/callback/);
    expect(failure({ ...complete, OIDC_ISSUER: "http://id.example.org" })).toMatch(/OIDC_ISSUER: must be https:\/\/ \(http:\/\/ only on a loopback address\)/);
    expect(oidcSettings(readEnv({ ...complete, OIDC_ISSUER: "http://127.0.0.1:9000" }))?.issuer).toBe("http://127.0.0.1:9000");
    expect(oidcSettings(readEnv({ ...complete, OIDC_ISSUER: "http://localhost:9000" }))?.issuer).toBe("http://localhost:9000");
    expect(failure({ ...complete, OIDC_SCOPES: "profile email" })).toMatch(/OIDC_SCOPES: must include openid/);
  });

  it("never echo the client secret in an error", () => {
    expect(failure({ ...complete, OIDC_REDIRECT_URI: "not a url" })).not.toContain(complete.OIDC_CLIENT_SECRET);
  });
});
