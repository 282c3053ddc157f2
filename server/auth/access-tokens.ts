import { randomUUID } from "node:crypto";
import type { AccessToken as AccessTokenInfo } from "../../contract/access.ts";
import { record } from "../audit/audit-log.ts";
import type { AuditContext } from "../audit/audit-event.ts";
import type { GraphDatabase, Row } from "../neo4j/database.ts";
import { unauthorized } from "../errors.ts";
import { randomSecret, tokenHash } from "./secrets.ts";
import { toAuthenticatedUser, type AuthenticatedUser } from "./user.ts";

/** Every personal access token starts so, so that scanners and people can tell one. */
export const ACCESS_TOKEN_PREFIX = "cnd_";
const TOKEN_SHAPE = /^cnd_[A-Za-z0-9_-]{43}$/;

export interface AccessTokenOptions {
  /** How often `lastUsedAt` is written at most. Default one minute. */
  touchIntervalMs?: number;
  /** The clock, in epoch milliseconds; tests move it. */
  now?: () => number;
}

export type TokenResolution =
  | { status: "valid"; user: AuthenticatedUser; tokenId: string }
  | { status: "expired" }
  | { status: "unknown" };

/**
 * Personal access tokens (`:AccessToken`) for scripts and the CLI, sent as
 * `Authorization: Bearer cnd_…`. A token acts with its user's current role and clearance;
 * only its SHA-256 is stored, and it is shown once, when created.
 */
export class AccessTokenStore {
  private readonly touchIntervalMs: number;
  private readonly now: () => number;

  constructor(private readonly db: GraphDatabase, options: AccessTokenOptions = {}) {
    this.touchIntervalMs = options.touchIntervalMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  async create(
    username: string,
    input: { name: string; expiresInDays?: number; sessionId?: string },
    context: AuditContext,
  ): Promise<AccessTokenInfo & { token: string }> {
    const token = ACCESS_TOKEN_PREFIX + randomSecret();
    const now = this.now();
    const expiresAt = input.expiresInDays === undefined ? null : now + Math.round(input.expiresInDays * 86_400_000);
    return this.db.write(async (tx) => {
      const [row] = await tx.run("auth/create-access-token", {
        username, id: randomUUID(), tokenHash: tokenHash(token), name: input.name, now, expiresAt,
        sessionId: input.sessionId ?? null,
      });
      if (!row) throw unauthorized("The account is unknown or disabled, or the session has ended.");
      const info = toInfo(row);
      await record(tx, {
        actor: context.actor,
        action: "token.create",
        target: username,
        outcome: "success",
        details: { ip: context.ip ?? null, tokenId: info.id, name: info.name, expiresAt: info.expiresAt },
      });
      return { ...info, token };
    });
  }

  async list(username: string): Promise<AccessTokenInfo[]> {
    return (await this.db.query("auth/list-access-tokens", { username })).map(toInfo);
  }

  /** Deletes one of the user's tokens; false when the user has no token with that id. */
  async revoke(username: string, id: string, context: AuditContext): Promise<boolean> {
    return this.db.write(async (tx) => {
      const [row] = await tx.run("auth/revoke-access-token", { username, id });
      if (!row) return false;
      await record(tx, {
        actor: context.actor,
        action: "token.revoke",
        target: username,
        outcome: "success",
        details: { ip: context.ip ?? null, tokenId: id, name: row.name },
      });
      return true;
    });
  }

  async resolve(token: string): Promise<TokenResolution> {
    if (!TOKEN_SHAPE.test(token)) return { status: "unknown" };
    const hash = tokenHash(token);
    const [row] = await this.db.query("auth/resolve-access-token", { tokenHash: hash });
    if (!row) return { status: "unknown" };
    const now = this.now();
    if (row.expiresAt !== null && now >= Number(row.expiresAt)) return { status: "expired" };
    const user = toAuthenticatedUser(row, "token");
    if (!user) return { status: "unknown" };
    if (row.lastUsedAt === null || now - Number(row.lastUsedAt) >= this.touchIntervalMs) {
      await this.db.query("auth/touch-access-token", { tokenHash: hash, now }, "WRITE");
    }
    return { status: "valid", user, tokenId: String(row.id) };
  }
}

function toInfo(row: Row): AccessTokenInfo {
  return {
    id: String(row.id),
    name: String(row.name),
    createdAt: String(row.createdAt),
    expiresAt: row.expiresAt === null ? null : String(row.expiresAt),
    lastUsedAt: row.lastUsedAt === null || row.lastUsedAt === undefined ? null : String(row.lastUsedAt),
  };
}
