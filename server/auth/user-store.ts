import { randomBytes } from "node:crypto";
import { record } from "../audit/audit-log.ts";
import { SYSTEM_ACTOR, type AuditContext } from "../audit/audit-event.ts";
import { conflict, invalidRequest, notFound } from "../errors.ts";
import type { GraphDatabase, Transaction } from "../neo4j/database.ts";
import { Caveats, CLASSIFICATIONS, type Classification } from "../../contract/markings.ts";
import { hashPassword, passwordProblem, verifyPassword } from "./passwords.ts";
import type { Role } from "../../contract/roles.ts";
import { toUser, Username, type User } from "./user.ts";

export interface NewUser {
  username: string;
  password: string;
  role: Role;
  /** Default UNCLASSIFIED. */
  clearance?: Classification;
  caveats?: string[];
  /** The user must choose a new password at the next sign-in. Default false. */
  mustChangePassword?: boolean;
}

/** What may change; an absent field stays as it is. */
export interface UserChanges {
  role?: Role;
  clearance?: Classification;
  caveats?: string[];
  password?: string;
  disabled?: boolean;
  mustChangePassword?: boolean;
}

export interface EnsureAdminOptions {
  /** ADMIN_PASSWORD; when absent a one-time password is generated. */
  adminPassword?: string;
  /**
   * Shows the generated password to the operator, once (for example on stderr). It must
   * not be the structured logger, whose lines are kept and shipped.
   */
  log: (message: string) => void;
}

export const FIRST_ADMIN = "admin";

/**
 * User accounts on Neo4j (`:User`). Password hashes go in and never come out, except to
 * `verifyCredentials`. Every change is written together with its audit event, in one
 * transaction. Changing a password (an admin's reset or the user's own change) or disabling
 * an account ends its sessions and revokes its access tokens, in that same transaction.
 */
export class UserStore {
  constructor(private readonly db: GraphDatabase) {}

  async count(): Promise<number> {
    const [row] = await this.db.query("auth/count-users");
    return Number(row?.count ?? 0);
  }

  async get(username: string): Promise<User | null> {
    const name = Username.safeParse(username);
    if (!name.success) return null;
    const [row] = await this.db.query("auth/get-user", { username: name.data });
    return row ? toUser(row) : null;
  }

  async list(): Promise<User[]> {
    return (await this.db.query("auth/list-users")).map(toUser);
  }

  async create(input: NewUser, context: AuditContext): Promise<User> {
    const username = parseUsername(input.username);
    const caveats = parseCaveats(input.caveats ?? []);
    const passwordHash = await hashPassword(checkedPassword(input.password));
    try {
      return await this.db.write(async (tx) => {
        const [row] = await tx.run("auth/create-user", {
          username,
          passwordHash,
          role: input.role,
          clearance: input.clearance ?? "UNCLASSIFIED",
          caveats,
          mustChangePassword: input.mustChangePassword ?? false,
        });
        if (!row) throw conflict(`The username ${username} is taken.`);
        const user = toUser(row);
        await record(tx, {
          actor: context.actor,
          action: "user.create",
          target: username,
          outcome: "success",
          details: { ip: context.ip ?? null, role: user.role, clearance: user.clearance, caveats: user.caveats },
        });
        return user;
      });
    } catch (error) {
      // Two creations of one name at once: the constraint stops the second.
      if (isConstraintViolation(error)) throw conflict(`The username ${username} is taken.`);
      throw error;
    }
  }

  async update(username: string, changes: UserChanges, context: AuditContext): Promise<User> {
    const name = parseUsername(username);
    const caveats = changes.caveats === undefined ? null : parseCaveats(changes.caveats);
    const passwordHash = changes.password === undefined ? null : await hashPassword(checkedPassword(changes.password));
    return this.db.write(async (tx) => {
      const before = await this.getIn(tx, name);
      const losesAdmin = before.role === "admin"
        && ((changes.role !== undefined && changes.role !== "admin") || changes.disabled === true);
      if (losesAdmin) await this.keepOneAdmin(tx, name);
      const [row] = await tx.run("auth/update-user", {
        username: name,
        role: changes.role ?? null,
        clearance: changes.clearance ?? null,
        caveats,
        passwordHash,
        disabled: changes.disabled ?? null,
        mustChangePassword: changes.mustChangePassword ?? null,
      });
      const after = toUser(row!);
      const ended = passwordHash !== null || changes.disabled === true ? await this.endAccess(tx, name) : null;
      const changed = (Object.keys(changes) as (keyof UserChanges)[]).filter((key) => changes[key] !== undefined);
      await record(tx, {
        actor: context.actor,
        action: "user.update",
        target: name,
        outcome: "success",
        details: {
          ip: context.ip ?? null,
          changed,
          before: pick(before, changed),
          after: pick(after, changed),
          ...ended,
        },
      });
      return after;
    });
  }

  async delete(username: string, context: AuditContext): Promise<void> {
    const name = parseUsername(username);
    await this.db.write(async (tx) => {
      const before = await this.getIn(tx, name);
      if (before.role === "admin" && !before.disabled) await this.keepOneAdmin(tx, name);
      await tx.run("auth/delete-user", { username: name });
      await record(tx, {
        actor: context.actor,
        action: "user.delete",
        target: name,
        outcome: "success",
        details: { ip: context.ip ?? null, role: before.role },
      });
    });
  }

  /**
   * Whether the password is this user's. `null` for an unknown name or a wrong password
   * (which take the same time); `disabled` only when the password was right.
   */
  async verifyCredentials(username: string, password: string): Promise<{ username: string; disabled: boolean } | null> {
    const name = Username.safeParse(username);
    const [row] = name.success ? await this.db.query("auth/get-user-credentials", { username: name.data }) : [];
    const hash = typeof row?.passwordHash === "string" ? row.passwordHash : null;
    if (!(await verifyPassword(password, hash)) || !row) return null;
    return { username: String(row.username), disabled: row.disabled === true };
  }

  /**
   * On the first start (no account at all), creates `admin` with the given password, or
   * with a generated one-time password shown once through `log` and to be changed at the
   * first sign-in. Returns whether it created the account.
   */
  async ensureAdmin(options: EnsureAdminOptions): Promise<boolean> {
    if ((await this.count()) > 0) return false;
    const generated = options.adminPassword === undefined;
    if (!generated) {
      const problem = passwordProblem(options.adminPassword!);
      if (problem) throw new Error(`ADMIN_PASSWORD is not acceptable. ${problem}`);
    }
    const password = options.adminPassword ?? randomBytes(18).toString("base64url");
    try {
      await this.create(
        // The first account administers every marking, so it holds the highest level.
        { username: FIRST_ADMIN, password, role: "admin", clearance: CLASSIFICATIONS.at(-1)!, mustChangePassword: generated },
        { actor: SYSTEM_ACTOR },
      );
    } catch (error) {
      // Another process created the first account meanwhile.
      if ((error as { status?: number }).status === 409) return false;
      throw error;
    }
    if (generated) {
      options.log(
        `Created the account "${FIRST_ADMIN}" with the one-time password ${password} — sign in and change it now; it is not shown again.`,
      );
    }
    return true;
  }

  /**
   * Ends every session and revokes every access token of a user, in the caller's
   * transaction: what a new password or disabling means. The tokens are deleted, not
   * hidden behind the disabled flag, so re-enabling the account brings none back.
   */
  private async endAccess(tx: Transaction, username: string): Promise<{ sessionsEnded: number; tokensRevoked: string[] }> {
    const [sessions] = await tx.run("auth/delete-sessions-of-user", { username });
    const [tokens] = await tx.run("auth/revoke-access-tokens-of-user", { username });
    return {
      sessionsEnded: Number(sessions?.deleted ?? 0),
      tokensRevoked: Array.isArray(tokens?.ids) ? tokens.ids.map(String) : [],
    };
  }

  private async getIn(tx: Transaction, username: string): Promise<User> {
    const [row] = await tx.run("auth/get-user", { username });
    if (!row) throw notFound(`No user is named ${username}.`);
    return toUser(row);
  }

  private async keepOneAdmin(tx: Transaction, username: string): Promise<void> {
    const [row] = await tx.run("auth/count-other-admins", { username });
    if (Number(row?.count ?? 0) === 0) {
      throw conflict(`${username} is the last enabled admin; make another admin first.`);
    }
  }
}

function parseUsername(username: string): string {
  const parsed = Username.safeParse(username);
  if (!parsed.success) {
    throw invalidRequest(`Invalid username: ${parsed.error.issues[0]!.message}.`, [
      { path: "username", message: parsed.error.issues[0]!.message },
    ]);
  }
  return parsed.data;
}

function parseCaveats(caveats: string[]): string[] {
  const parsed = Caveats.safeParse(caveats);
  if (!parsed.success) {
    throw invalidRequest(`Invalid caveats: ${parsed.error.issues[0]!.message}.`, [
      { path: "caveats", message: parsed.error.issues[0]!.message },
    ]);
  }
  return parsed.data;
}

function checkedPassword(password: string): string {
  const problem = passwordProblem(password);
  if (problem) throw invalidRequest(problem, [{ path: "password", message: problem }]);
  return password;
}

/** The changed fields' values, for the audit trail; a password shows only as changed. */
function pick(user: User, keys: (keyof UserChanges)[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key !== "password").map((key) => [key, user[key]]));
}

function isConstraintViolation(error: unknown): boolean {
  return (error as { code?: string } | undefined)?.code === "Neo.ClientError.Schema.ConstraintValidationFailed";
}
