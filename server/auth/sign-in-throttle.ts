export interface SignInThrottleOptions {
  /** Failures for one username before each further failure locks it. Default 5. */
  usernameFreeFailures?: number;
  /** Failures from one address before each further failure locks it (NAT: higher). Default 20. */
  ipFreeFailures?: number;
  /** The first lock; each further failure doubles it. Default 2 s. */
  baseDelayMs?: number;
  /** The longest lock. Default 15 minutes. */
  maxDelayMs?: number;
  /** Failures are forgotten this long after the last one. Default one hour. */
  forgetAfterMs?: number;
  /** Keys remembered at most; the stalest go first. Default 10 000. */
  maxEntries?: number;
  /** The clock, in epoch milliseconds; tests move it. */
  now?: () => number;
}

export interface SignInAttempt {
  /** Absent when the attempt names nobody yet (a single sign-on that failed before its ID token): only the address counts. */
  username?: string;
  ip: string;
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Entry {
  failures: number;
  lockedUntil: number;
  lastFailureAt: number;
}

/**
 * Slows down password guessing: failed sign-ins are counted per username and per client
 * address; past a few free failures each further one locks that key for a delay that
 * doubles up to a ceiling. While a key is locked every attempt is refused (the caller
 * answers 429 with Retry-After), even one with the right password, and not counted.
 * A success clears its username's count.
 *
 * Kept in memory: counts are per process and start afresh on restart. With several API
 * processes, each throttles on its own (a shared store would be the next step).
 */
export class SignInThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly options: Required<SignInThrottleOptions>;

  constructor(options: SignInThrottleOptions = {}) {
    this.options = {
      usernameFreeFailures: 5,
      ipFreeFailures: 20,
      baseDelayMs: 2_000,
      maxDelayMs: 15 * 60_000,
      forgetAfterMs: 60 * 60_000,
      maxEntries: 10_000,
      now: Date.now,
      ...options,
    };
  }

  check(attempt: SignInAttempt): ThrottleVerdict {
    const now = this.options.now();
    const byName = attempt.username === undefined ? 0 : this.lockedUntil(usernameKey(attempt), now);
    const until = Math.max(byName, this.lockedUntil(ipKey(attempt), now));
    return until > now ? { allowed: false, retryAfterSeconds: Math.ceil((until - now) / 1000) } : { allowed: true };
  }

  recordFailure(attempt: SignInAttempt): void {
    const now = this.options.now();
    if (attempt.username !== undefined) this.fail(usernameKey(attempt), this.options.usernameFreeFailures, now);
    this.fail(ipKey(attempt), this.options.ipFreeFailures, now);
    this.evict();
  }

  recordSuccess(attempt: SignInAttempt): void {
    if (attempt.username !== undefined) this.entries.delete(usernameKey(attempt));
  }

  private lockedUntil(key: string, now: number): number {
    const entry = this.current(key, now);
    return entry?.lockedUntil ?? 0;
  }

  private fail(key: string, free: number, now: number): void {
    const entry = this.current(key, now) ?? { failures: 0, lockedUntil: 0, lastFailureAt: now };
    entry.failures += 1;
    entry.lastFailureAt = now;
    if (entry.failures > free) {
      const delay = this.options.baseDelayMs * 2 ** Math.min(entry.failures - free - 1, 30);
      entry.lockedUntil = now + Math.min(delay, this.options.maxDelayMs);
    }
    // Re-inserting keeps the map in order of last failure, stalest first.
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  private current(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && now - entry.lastFailureAt > this.options.forgetAfterMs && now >= entry.lockedUntil) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Forgets the keys whose last failure is oldest, past `maxEntries`. */
  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries) return;
      this.entries.delete(key);
    }
  }
}

const usernameKey = (attempt: SignInAttempt) => `user:${(attempt.username ?? "").trim().toLowerCase()}`;
const ipKey = (attempt: SignInAttempt) => `ip:${attempt.ip}`;
