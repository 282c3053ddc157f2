import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { z } from "zod";
import { brokenPasswordRule, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordRuleBroken } from "../../contract/passwords.ts";

/**
 * Password hashes: scrypt from node:crypto (memory-hard, no native module), a random
 * 16-byte salt per hash, stored as a self-describing PHC-style string
 * `$scrypt$ln=15,r=8,p=1$<salt>$<hash>` (base64url), so the cost can be raised later
 * without breaking the hashes already stored.
 */
export interface ScryptCost {
  /** log2 of N, the CPU/memory cost. */
  ln: number;
  r: number;
  p: number;
}

export const DEFAULT_COST: ScryptCost = { ln: 15, r: 8, p: 1 };

const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** Bounds on what a stored hash may ask for, so a tampered record cannot stall the server. */
const MAX_LN = 20;
const MAX_R = 16;
const MAX_P = 4;

export const PASSWORD_POLICY =
  `A password has at least ${PASSWORD_MIN_LENGTH} characters (at most ${PASSWORD_MAX_LENGTH}); a long phrase is easier to remember than symbols.`;

const PROBLEMS: Record<PasswordRuleBroken, string> = {
  tooShort: "The password is too short",
  tooLong: "The password is too long",
  repeated: "The password is a single repeated character",
};

/** The policy's reason to refuse this password (contract/passwords.ts has the rules), or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  const broken = brokenPasswordRule(password);
  return broken ? `${PROBLEMS[broken]}: ${PASSWORD_POLICY}` : null;
}

/** A new password, as an HTTP input: the policy, with its message. */
export const newPasswordSchema = z.string().superRefine((password, context) => {
  const problem = passwordProblem(password);
  if (problem) context.addIssue({ code: "custom", message: problem });
});

export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, cost, KEY_BYTES);
  return `$scrypt$ln=${cost.ln},r=${cost.r},p=${cost.p}$${salt.toString("base64url")}$${key.toString("base64url")}`;
}

let dummyHash: Promise<string> | undefined;

/**
 * Whether the password matches the stored hash, compared in constant time. With no hash
 * (an unknown user) it still spends the time of one check, against a dummy, so that the
 * answer's timing does not tell which usernames exist. A malformed hash never matches.
 */
export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  if (!stored) {
    dummyHash ??= hashPassword("not a password of anyone");
    await verifyPassword(password, await dummyHash);
    return false;
  }
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.cost, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}

function parseHash(stored: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | null {
  const match = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d)\$([A-Za-z0-9_-]{16,64})\$([A-Za-z0-9_-]{22,172})$/.exec(stored);
  if (!match) return null;
  const cost = { ln: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  if (cost.ln < 1 || cost.ln > MAX_LN || cost.r < 1 || cost.r > MAX_R || cost.p < 1 || cost.p > MAX_P) return null;
  return { cost, salt: Buffer.from(match[4]!, "base64url"), key: Buffer.from(match[5]!, "base64url") };
}

function derive(password: string, salt: Buffer, cost: ScryptCost, length: number): Promise<Buffer> {
  const options: ScryptOptions = {
    N: 2 ** cost.ln,
    r: cost.r,
    p: cost.p,
    // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is just below N=2^15, r=8.
    maxmem: 256 * 2 ** cost.ln * cost.r,
  };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
