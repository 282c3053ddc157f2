import { recordNow } from "../audit/audit-log.ts";
import { ANONYMOUS_ACTOR } from "../audit/audit-event.ts";
import type { GraphDatabase } from "../neo4j/database.ts";
import { tooManyRequests, unauthorized } from "../errors.ts";
import type { NewSession, SessionStore } from "./session-store.ts";
import type { SignInThrottle } from "./sign-in-throttle.ts";
import type { User } from "./user.ts";
import type { UserStore } from "./user-store.ts";

export interface SignInDeps {
  db: GraphDatabase;
  users: UserStore;
  sessions: SessionStore;
  throttle: SignInThrottle;
}

export interface SignInInput {
  username: string;
  password: string;
  ip: string;
  userAgent?: string | null;
}

const WRONG = "Wrong username or password.";

/**
 * Checks a password and opens a session. Every attempt lands in the audit trail before
 * the answer: a success with the session (one transaction), a failure or a refusal on its
 * own. A locked account-and-address pair, or a locked address, is refused with 429 before
 * the password is looked at (the same account from another address is not);
 * an unknown user, a wrong password and a disabled account all answer the same 401.
 */
export async function signIn(deps: SignInDeps, input: SignInInput): Promise<{ user: User; session: NewSession }> {
  const attempt = { username: input.username, ip: input.ip };
  const target = input.username.trim().toLowerCase().slice(0, 64);
  const verdict = await deps.throttle.check(attempt);
  if (!verdict.allowed) {
    await recordNow(deps.db, {
      actor: ANONYMOUS_ACTOR, action: "session.sign-in", target, outcome: "denied",
      details: { ip: input.ip, reason: "throttled", retryAfterSeconds: verdict.retryAfterSeconds },
    });
    throw tooManyRequests(verdict.retryAfterSeconds, `Too many failed sign-ins; retry in ${verdict.retryAfterSeconds} s.`);
  }
  const account = await deps.users.verifyCredentials(input.username, input.password);
  if (!account || account.disabled) {
    if (!account) await deps.throttle.recordFailure(attempt);
    await recordNow(deps.db, {
      actor: ANONYMOUS_ACTOR, action: "session.sign-in", target, outcome: account ? "denied" : "failure",
      details: { ip: input.ip, reason: account ? "account disabled" : "wrong username or password" },
    });
    throw unauthorized(WRONG);
  }
  await deps.throttle.recordSuccess(attempt);
  const session = await deps.sessions.create(account.username, { ip: input.ip, userAgent: input.userAgent ?? null });
  const user = await deps.users.get(account.username);
  if (!user) throw unauthorized(WRONG);
  return { user, session };
}
