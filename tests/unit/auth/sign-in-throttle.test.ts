import { describe, expect, it } from "vitest";
import { SignInThrottle } from "../../../server/auth/sign-in-throttle.ts";

function clockedThrottle(options: ConstructorParameters<typeof SignInThrottle>[0] = {}) {
  let now = 1_000_000;
  const throttle = new SignInThrottle({ usernameFreeFailures: 3, ipFreeFailures: 10, baseDelayMs: 1_000, maxDelayMs: 60_000, ...options, now: () => now });
  return { throttle, advance: (ms: number) => { now += ms; } };
}

const alice = { username: "alice", ip: "10.0.0.1" };

describe("the sign-in throttle", () => {
  it("allows a few failures, then locks the username with a Retry-After", () => {
    const { throttle } = clockedThrottle();
    for (let i = 0; i < 3; i += 1) {
      expect(throttle.check(alice)).toEqual({ allowed: true });
      throttle.recordFailure(alice);
    }
    expect(throttle.check(alice)).toEqual({ allowed: true });
    throttle.recordFailure(alice);
    expect(throttle.check(alice)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("doubles the lock with each further failure, up to the ceiling", () => {
    const { throttle, advance } = clockedThrottle();
    const locks: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      throttle.recordFailure(alice);
      const verdict = throttle.check(alice);
      if (!verdict.allowed) {
        locks.push(verdict.retryAfterSeconds);
        advance(verdict.retryAfterSeconds * 1000);
      }
    }
    expect(locks).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it("recovers once the lock has passed, and a success clears the count", () => {
    const { throttle, advance } = clockedThrottle();
    for (let i = 0; i < 4; i += 1) throttle.recordFailure(alice);
    expect(throttle.check(alice).allowed).toBe(false);
    advance(1_000);
    expect(throttle.check(alice)).toEqual({ allowed: true });
    throttle.recordSuccess(alice);
    for (let i = 0; i < 3; i += 1) throttle.recordFailure(alice);
    expect(throttle.check(alice)).toEqual({ allowed: true });
  });

  it("treats usernames case-insensitively and keeps one user's lock from another", () => {
    const { throttle } = clockedThrottle();
    for (let i = 0; i < 4; i += 1) throttle.recordFailure({ username: "Alice", ip: "10.0.0.1" });
    expect(throttle.check({ username: " alice ", ip: "10.0.0.9" }).allowed).toBe(false);
    expect(throttle.check({ username: "bob", ip: "10.0.0.9" }).allowed).toBe(true);
  });

  it("locks an address that tries many usernames", () => {
    const { throttle } = clockedThrottle();
    for (let i = 0; i < 11; i += 1) throttle.recordFailure({ username: `user${i}`, ip: "10.6.6.6" });
    expect(throttle.check({ username: "someone-new", ip: "10.6.6.6" }).allowed).toBe(false);
    expect(throttle.check({ username: "someone-new", ip: "10.0.0.2" }).allowed).toBe(true);
  });

  it("forgets failures after a quiet hour", () => {
    const { throttle, advance } = clockedThrottle();
    for (let i = 0; i < 3; i += 1) throttle.recordFailure(alice);
    advance(60 * 60_000 + 1);
    throttle.recordFailure(alice);
    expect(throttle.check(alice)).toEqual({ allowed: true });
  });

  it("keeps its memory bounded, forgetting the stalest keys first", () => {
    const { throttle } = clockedThrottle({ maxEntries: 4, usernameFreeFailures: 0, ipFreeFailures: 100 });
    throttle.recordFailure({ username: "old", ip: "1" });
    for (let i = 0; i < 3; i += 1) throttle.recordFailure({ username: `new${i}`, ip: "1" });
    expect(throttle.check({ username: "old", ip: "2" }).allowed).toBe(true);
    expect(throttle.check({ username: "new2", ip: "2" }).allowed).toBe(false);
  });
});
