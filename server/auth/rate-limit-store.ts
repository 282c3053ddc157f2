import type { ClientRateLimitInfo, Options, Store } from "express-rate-limit";
import type { GraphDatabase } from "../neo4j/database.ts";

/** How often, at most, one process deletes the windows that have ended. */
const SWEEP_INTERVAL_MS = 60_000;
/** Past windows deleted by one sweep at most, so that a sweep stays one small statement. */
const SWEEP_BATCH = 5_000;

/**
 * express-rate-limit's store on Neo4j, so that every API process on one database counts
 * the same requests: fixed windows, one `:RateLimitWindow` node per limiter, client and
 * window start. Counting a request is one auto-commit statement (one round trip), which
 * Neo4j serialises on the node, so two processes together let through exactly `limit`
 * requests per window, never more. Windows that have ended are deleted by a small
 * statement that each process sends at most once a minute, after a count.
 *
 * Fixed windows allow a client up to twice the limit across a window's boundary (the end
 * of one and the start of the next); that is the usual price of one counter per window.
 */
export class Neo4jRateLimitStore implements Store {
  readonly localKeys = false;
  readonly prefix: string;
  private windowMs = 60_000;
  private nextSweepAt = 0;

  /**
   * `limiter` names the limit (global, sign-in, import): the same client counts apart in
   * each. `now` is the clock, in epoch ms; tests move it.
   */
  constructor(private readonly db: GraphDatabase, private readonly limiter: string, private readonly now: () => number = Date.now) {
    this.prefix = `${limiter}:`;
  }

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async increment(client: string): Promise<ClientRateLimitInfo> {
    const now = this.now();
    const start = now - (now % this.windowMs);
    const [row] = await this.db.writeStatement("auth/count-rate-limit-hit", {
      key: this.keyOf(client, start), resetAt: start + this.windowMs,
    });
    this.sweep(now);
    return { totalHits: Number(row?.hits ?? 1), resetTime: new Date(Number(row?.resetAt ?? start + this.windowMs)) };
  }

  async get(client: string): Promise<ClientRateLimitInfo | undefined> {
    const [row] = await this.db.query("auth/rate-limit-window", { key: this.currentKey(client) });
    return row ? { totalHits: Number(row.hits), resetTime: new Date(Number(row.resetAt)) } : undefined;
  }

  async decrement(client: string): Promise<void> {
    await this.db.writeStatement("auth/uncount-rate-limit-hit", { key: this.currentKey(client) });
  }

  async resetKey(client: string): Promise<void> {
    await this.db.writeStatement("auth/reset-rate-limit-window", { key: this.currentKey(client) });
  }

  private currentKey(client: string): string {
    const now = this.now();
    return this.keyOf(client, now - (now % this.windowMs));
  }

  /** JSON, so that no client's name can spell another limiter's or window's key. */
  private keyOf(client: string, windowStart: number): string {
    return JSON.stringify([this.limiter, windowStart, client]);
  }

  /** Not awaited: the request that happens to trigger it does not wait, and a failure only delays the cleanup. */
  private sweep(now: number): void {
    if (now < this.nextSweepAt) return;
    this.nextSweepAt = now + SWEEP_INTERVAL_MS;
    this.db.writeStatement("auth/delete-past-rate-limit-windows", { now, limit: SWEEP_BATCH }).catch(() => undefined);
  }
}
