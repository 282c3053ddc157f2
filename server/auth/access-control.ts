import type { GraphDatabase } from "../neo4j/database.ts";
import { AccessTokenStore, type AccessTokenOptions } from "./access-tokens.ts";
import { SessionStore, type SessionOptions } from "./session-store.ts";
import { SignInThrottle, type SignInThrottleOptions } from "./sign-in-throttle.ts";
import { UserStore } from "./user-store.ts";

export interface AccessControlOptions {
  sessions: SessionOptions;
  throttle?: SignInThrottleOptions;
  tokens?: AccessTokenOptions;
}

/** Everything the access routes and middlewares need, made once per process. */
export interface AccessControl {
  db: GraphDatabase;
  users: UserStore;
  sessions: SessionStore;
  tokens: AccessTokenStore;
  throttle: SignInThrottle;
}

export function createAccessControl(db: GraphDatabase, options: AccessControlOptions): AccessControl {
  return {
    db,
    users: new UserStore(db),
    sessions: new SessionStore(db, options.sessions),
    tokens: new AccessTokenStore(db, options.tokens),
    throttle: new SignInThrottle(db, options.throttle),
  };
}
