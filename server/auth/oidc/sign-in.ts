import { recordNow } from "../../audit/audit-log.ts";
import { ANONYMOUS_ACTOR } from "../../audit/audit-event.ts";
import { oidcAccount } from "./accounts.ts";
import { OidcSignInFailure, type CallbackParameters, type OidcRelyingParty } from "./client.ts";
import type { OidcTransaction } from "./transaction.ts";
import { sameSecret } from "../secrets.ts";
import type { SignInDeps } from "../sign-in.ts";
import type { NewSession } from "../session-store.ts";
import type { User } from "../user.ts";

export interface OidcCallbackInput {
  parameters: CallbackParameters;
  /** What the browser's transaction cookie held; null when absent, tampered with or expired. */
  transaction: OidcTransaction | null;
  ip: string;
  userAgent?: string | null;
}

/**
 * Finishes a single sign-on the way `signIn` finishes a password one: the address's
 * throttle first, then the provider's answer (state, code, ID token), then the local
 * account, then a session. Every attempt lands in the audit trail before the answer
 * (`session.sign-in`, method oidc); a refusal throws an `OidcSignInFailure` whose code the
 * browser is sent back with. Failures count against the address and, once the ID token
 * names someone, against that username.
 */
export async function finishOidcSignIn(
  deps: SignInDeps & { rp: OidcRelyingParty }, input: OidcCallbackInput,
): Promise<{ user: User; session: NewSession }> {
  let username: string | undefined;
  const refuse = async (failure: OidcSignInFailure, outcome: "failure" | "denied" = "failure") => {
    if (failure.code !== "throttled" && failure.code !== "unavailable") await deps.throttle.recordFailure({ username, ip: input.ip });
    await recordNow(deps.db, {
      actor: ANONYMOUS_ACTOR, action: "session.sign-in", target: username ?? null, outcome,
      details: { method: "oidc", ip: input.ip, reason: failure.reason },
    });
    return failure;
  };

  const verdict = await deps.throttle.check({ ip: input.ip });
  if (!verdict.allowed) throw await refuse(new OidcSignInFailure("throttled", "throttled"), "denied");
  const { parameters, transaction } = input;
  if (parameters.error !== undefined) {
    throw await refuse(new OidcSignInFailure("denied", `the provider answered ${parameters.error}`));
  }
  if (!transaction || parameters.state === undefined || !sameSecret(parameters.state, transaction.state)) {
    throw await refuse(new OidcSignInFailure("state", transaction ? "state mismatch" : "no sign-in in progress (cookie absent or expired)"));
  }
  let account: User;
  try {
    const claims = await deps.rp.finish(parameters, transaction);
    account = await oidcAccount(deps, claims, {
      usernameClaim: deps.rp.settings.usernameClaim, autoCreate: deps.rp.settings.autoCreate, ip: input.ip,
    });
    username = account.username;
    if (!(await deps.throttle.check({ username, ip: input.ip })).allowed) {
      throw new OidcSignInFailure("throttled", "throttled");
    }
  } catch (error) {
    if (!(error instanceof OidcSignInFailure)) throw error;
    username = error.username ?? username;
    throw await refuse(error, error.code === "disabled" || error.code === "throttled" ? "denied" : "failure");
  }
  await deps.throttle.recordSuccess({ username, ip: input.ip });
  // The session is made only for an account that still exists and is enabled (it throws otherwise).
  const session = await deps.sessions.create(account.username, { ip: input.ip, userAgent: input.userAgent ?? null, method: "oidc" });
  return { user: account, session };
}
