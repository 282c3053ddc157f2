import { randomUUID } from "node:crypto";
import { record } from "../audit/audit-log.ts";
import type { AuditContext } from "../audit/audit-event.ts";
import type { GraphDatabase, Transaction } from "../neo4j/database.ts";
import { unauthorized } from "../errors.ts";
import { csrfTokenFor, randomSecret, tokenHash } from "./secrets.ts";
import { toAuthenticatedUser, type AuthenticatedUser } from "./user.ts";

export interface SessionOptions {
  /** A session ends after this many minutes without a request. */
  idleMinutes: number;
  /** A session ends this many hours after sign-in, however active. */
  absoluteHours: number;
  /** `lastSeen` is written at most this often, so that reads stay reads. Default one minute. */
  touchIntervalMs?: number;
  /** The clock, in epoch milliseconds; tests move it. */
  now?: () => number;
}

/** Given to the client once, at sign-in; only the token's hash is stored. */
export interface NewSession {
  id: string;
  token: string;
  csrfToken: string;
  /** The absolute end, as an ISO instant. */
  expiresAt: string;
}

export interface ActiveSession {
  id: string;
  user: AuthenticatedUser;
  /** Derived again from the session token the request carried; never read from the store. */
  csrfToken: string;
  /** What the store holds: the CSRF token's SHA-256, which a request's X-CSRF-Token is checked against. */
  csrfTokenHash: string;
  /** The absolute end, as an ISO instant. */
  expiresAt: string;
}

export type SessionResolution =
  | { status: "valid"; session: ActiveSession }
  | { status: "expired" }
  | { status: "unknown" };

export interface SignInContext {
  ip?: string | null;
  userAgent?: string | null;
  /** How the user proved who they are, for the audit trail; absent for a password. */
  method?: "oidc";
}

/**
 * Server-side sessions (`:Session`) in Neo4j. The client holds a 256-bit random token;
 * the database holds its SHA-256, so a copy of the database opens no session. Each
 * session has its own CSRF token, derived from the session token and stored hashed too. Sessions end after `idleMinutes` without use
 * and `absoluteHours` after sign-in; the user's role and clearance are read afresh on
 * every request, so a change applies at once.
 */
export class SessionStore {
  private readonly idleMs: number;
  private readonly absoluteMs: number;
  private readonly touchIntervalMs: number;
  private readonly now: () => number;

  constructor(private readonly db: GraphDatabase, options: SessionOptions) {
    this.idleMs = options.idleMinutes * 60_000;
    this.absoluteMs = options.absoluteHours * 3_600_000;
    this.touchIntervalMs = options.touchIntervalMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * Opens a new session (a new token every time: sign-in never reuses one) and records
   * the sign-in in the same transaction. Expired sessions of anyone are swept on the way.
   */
  async create(username: string, context: SignInContext = {}): Promise<NewSession> {
    const now = this.now();
    const token = randomSecret();
    const csrfToken = csrfTokenFor(token);
    const id = randomUUID();
    await this.db.write(async (tx) => {
      await this.purge(tx, now);
      const [row] = await tx.run("auth/create-session", {
        username, id, tokenHash: tokenHash(token), csrfTokenHash: tokenHash(csrfToken), now,
        ip: context.ip ?? null,
        userAgent: context.userAgent?.slice(0, 300) ?? null,
      });
      if (!row) throw unauthorized("The account is unknown or disabled.");
      await record(tx, {
        actor: username,
        action: "session.sign-in",
        target: username,
        outcome: "success",
        details: { ip: context.ip ?? null, sessionId: id, ...(context.method ? { method: context.method } : {}) },
      });
    });
    return { id, token, csrfToken, expiresAt: new Date(now + this.absoluteMs).toISOString() };
  }

  /** The session a token opens, if it is still valid; an expired one is deleted. */
  async resolve(token: string): Promise<SessionResolution> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { status: "unknown" };
    const hash = tokenHash(token);
    const [row] = await this.db.query("auth/resolve-session", { tokenHash: hash });
    if (!row) return { status: "unknown" };
    const now = this.now();
    const createdAt = Number(row.createdAt);
    const lastSeenAt = Number(row.lastSeenAt);
    if (now - lastSeenAt > this.idleMs || now - createdAt > this.absoluteMs) {
      await this.db.query("auth/delete-session", { tokenHash: hash }, "WRITE");
      return { status: "expired" };
    }
    const user = toAuthenticatedUser(row, "session");
    // A session from before CSRF tokens were stored hashed has none: sign in again.
    if (!user || typeof row.csrfTokenHash !== "string") return { status: "unknown" };
    if (now - lastSeenAt >= this.touchIntervalMs) {
      await this.db.query("auth/touch-session", { tokenHash: hash, now }, "WRITE");
    }
    return {
      status: "valid",
      session: {
        id: String(row.id),
        user,
        csrfToken: csrfTokenFor(token),
        csrfTokenHash: row.csrfTokenHash,
        expiresAt: new Date(createdAt + this.absoluteMs).toISOString(),
      },
    };
  }

  /**
   * Ends the session of this token. With a context, records a sign-out in the same
   * transaction. Returns whether there was such a session.
   */
  async destroy(token: string, context?: AuditContext): Promise<boolean> {
    return this.db.write(async (tx) => {
      const [row] = await tx.run("auth/delete-session", { tokenHash: tokenHash(token) });
      if (row && context) {
        await record(tx, {
          actor: context.actor,
          action: "session.sign-out",
          target: String(row.username),
          outcome: "success",
          details: { ip: context.ip ?? null, sessionId: row.id },
        });
      }
      return row !== undefined;
    });
  }

  /** Ends every session of a user; returns how many there were. */
  async destroyAllFor(username: string, context?: AuditContext): Promise<number> {
    return this.db.write(async (tx) => {
      const [row] = await tx.run("auth/delete-sessions-of-user", { username });
      const deleted = Number(row?.deleted ?? 0);
      if (context) {
        await record(tx, {
          actor: context.actor,
          action: "session.sign-out",
          target: username,
          outcome: "success",
          details: { ip: context.ip ?? null, allSessions: true, ended: deleted },
        });
      }
      return deleted;
    });
  }

  /** Deletes every expired session; returns how many. */
  purgeExpired(): Promise<number> {
    return this.db.write((tx) => this.purge(tx, this.now()));
  }

  private async purge(tx: Transaction, now: number): Promise<number> {
    const [row] = await tx.run("auth/delete-expired-sessions", {
      idleCutoff: now - this.idleMs,
      absoluteCutoff: now - this.absoluteMs,
    });
    return Number(row?.deleted ?? 0);
  }
}
