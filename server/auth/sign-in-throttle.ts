import { record } from "../audit/audit-log.ts";
import type { AuditContext } from "../audit/audit-event.ts";
import type { GraphDatabase } from "../neo4j/database.ts";

export interface SignInThrottleOptions {
  /** Failures of one account from one address before each further one locks that pair. Default 5. */
  pairFreeFailures?: number;
  /** Failures from one address, whatever the account, before each further one locks it (NAT: higher). Default 20. */
  ipFreeFailures?: number;
  /** The first lock; each further failure doubles it. Default 2 s. */
  baseDelayMs?: number;
  /** The longest lock. Default 15 minutes. */
  maxDelayMs?: number;
  /** Failures are forgotten this long after the last one. Default one hour. */
  forgetAfterMs?: number;
  /** The clock, in epoch milliseconds; tests move it. */
  now?: () => number;
}

export interface SignInAttempt {
  /** Absent when the attempt names nobody yet (a single sign-on that failed before its ID token): only the address counts. */
  username?: string;
  ip: string;
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** How often, at most, one process deletes the counts nobody needs any more. */
const SWEEP_INTERVAL_MS = 60_000;

/**
 * Slows down password guessing without letting a guesser lock the owner out. Failures are
 * counted per account *and* address (the pair) and per address; past a few free failures
 * each further one locks that counter for a delay that doubles up to a ceiling. While a
 * counter is locked its attempts are refused (the caller answers 429 with Retry-After),
 * even with the right password, and not counted. So an attacker who hammers `admin` from
 * one address locks only `admin`-from-that-address (and, past more failures, that
 * address): the owner, from an address with no recent failures, still signs in. A
 * success clears its pair's count; an admin's unlock clears every pair of an account.
 *
 * The counts live in Neo4j (`:SignInFailures`), so every API process on one database
 * shares them, and a restart forgets nothing. What is left to a guesser spread over many
 * addresses: `pairFreeFailures` guesses per address before the doubling locks start, and
 * each address's own limit; the password rules make that too slow to matter.
 */
export class SignInThrottle {
  private readonly options: Required<Omit<SignInThrottleOptions, "now">>;
  private readonly now: () => number;
  private nextSweepAt = 0;

  constructor(private readonly db: GraphDatabase, options: SignInThrottleOptions = {}) {
    const { now, ...rest } = options;
    this.options = {
      pairFreeFailures: 5,
      ipFreeFailures: 20,
      baseDelayMs: 2_000,
      maxDelayMs: 15 * 60_000,
      forgetAfterMs: 60 * 60_000,
      ...rest,
    };
    this.now = now ?? Date.now;
  }

  async check(attempt: SignInAttempt): Promise<ThrottleVerdict> {
    const now = this.now();
    const keys = counters(attempt, this.options).map((counter) => counter.key);
    const [row] = await this.db.query("auth/sign-in-lock", { keys, now });
    const until = Number(row?.lockedUntil ?? 0);
    return until > now ? { allowed: false, retryAfterSeconds: Math.ceil((until - now) / 1000) } : { allowed: true };
  }

  async recordFailure(attempt: SignInAttempt): Promise<void> {
    const now = this.now();
    await this.db.query("auth/record-sign-in-failure", {
      counters: counters(attempt, this.options),
      now,
      baseDelayMs: this.options.baseDelayMs,
      maxDelayMs: this.options.maxDelayMs,
      forgetAfterMs: this.options.forgetAfterMs,
    }, "WRITE");
    await this.sweep(now);
  }

  /** The right password from this address: its pair starts again from nothing. */
  async recordSuccess(attempt: SignInAttempt): Promise<void> {
    if (attempt.username === undefined) return;
    await this.db.query("auth/clear-sign-in-failures", { key: pairKey(normalName(attempt.username), attempt.ip) }, "WRITE");
  }

  /**
   * An admin's unlock: the account's counts from every address are forgotten, and the
   * unlock is recorded (as a `user.update` of `signInThrottle`) in the same transaction.
   * Returns how many counts there were.
   */
  async unlock(username: string, context: AuditContext): Promise<number> {
    const name = normalName(username);
    return this.db.write(async (tx) => {
      const [row] = await tx.run("auth/unlock-account", { username: name });
      const cleared = Number(row?.cleared ?? 0);
      await record(tx, {
        actor: context.actor, action: "user.update", target: name, outcome: "success",
        details: { ip: context.ip ?? null, changed: ["signInThrottle"], unlockedAddresses: cleared },
      });
      return cleared;
    });
  }

  /** Deletes, at most once a minute per process, the counts that have been quiet long enough to start over anyway. */
  private async sweep(now: number): Promise<void> {
    if (now < this.nextSweepAt) return;
    this.nextSweepAt = now + SWEEP_INTERVAL_MS;
    await this.db.query("auth/delete-stale-sign-in-failures", { forgetBefore: now - this.options.forgetAfterMs, now }, "WRITE");
  }
}

interface Counter {
  key: string;
  username: string | null;
  ip: string;
  free: number;
}

/** The counters an attempt is judged by: its pair (when it names someone) and its address. */
function counters(attempt: SignInAttempt, options: Required<Omit<SignInThrottleOptions, "now">>): Counter[] {
  const address: Counter = { key: JSON.stringify(["ip", attempt.ip]), username: null, ip: attempt.ip, free: options.ipFreeFailures };
  if (attempt.username === undefined) return [address];
  const username = normalName(attempt.username);
  return [{ key: pairKey(username, attempt.ip), username, ip: attempt.ip, free: options.pairFreeFailures }, address];
}

/** Usernames are case-insensitive; what a guesser types past 64 characters names nobody. */
const normalName = (username: string) => username.trim().toLowerCase().slice(0, 64);
/** JSON, so that no username and address can spell another pair's key. */
const pairKey = (username: string, ip: string) => JSON.stringify(["pair", username, ip]);
