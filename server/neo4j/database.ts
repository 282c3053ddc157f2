import neo4j, { isRetryableError, type Driver, type ManagedTransaction, type Neo4jError, type Session } from "neo4j-driver";
import { databaseUnavailable, queryTimeout } from "../errors.ts";
import { loadCatalog, type QueryName } from "./catalog.ts";
import { toPlainRecord, type Plain } from "./convert.ts";
import { viewerParameters, type Viewer } from "../access/viewer.ts";
import { confidenceBelow, FULL_SCOPE, type AnalysisScope } from "../../contract/analysis-scope.ts";

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
}

export type Row = Record<string, Plain>;

export interface TransactionOptions {
  /** The transaction's time limit; the database's query timeout when absent. */
  timeoutMs?: number;
  /**
   * Whether the driver may run the work again after a transient failure (default true).
   * An import says false: Neo4j classes "transaction memory limit reached" as transient,
   * and running a too-large import a second time only fails again, twice as slowly.
   */
  retry?: boolean;
}

/** A read or write unit of work that runs several named statements in one transaction. */
export interface Transaction {
  run(name: QueryName, params?: Record<string, unknown>): Promise<Row[]>;
}

/**
 * Work on behalf of one viewer: every statement runs with the viewer's `$markings` and
 * `$caveats`, which a caller cannot leave out or override. `write` is for a change that
 * must judge its target as its writer sees it (an import, a marking change, a view).
 */
export interface ViewerDatabase {
  readonly viewer: Viewer;
  /** What an analysis counts (statements read it through `@inScope`). */
  readonly scope: AnalysisScope;
  read<T>(work: (tx: Transaction) => Promise<T>, options?: TransactionOptions): Promise<T>;
  write<T>(work: (tx: Transaction) => Promise<T>, options?: TransactionOptions): Promise<T>;
  query(name: QueryName, params?: Record<string, unknown>): Promise<Row[]>;
}

/**
 * One driver per process. Every statement is a named file from cypher/, run with
 * parameters in a managed transaction with a timeout; sessions are always closed.
 * Records leave this class as plain objects.
 */
export class GraphDatabase {
  private readonly catalog = loadCatalog();
  /** Statements that filter by viewer: they run only through forViewer. */
  private readonly viewerFiltered = new Set([...this.catalog].filter(([, text]) => text.includes("$markings")).map(([name]) => name));
  private readonly driver: Driver;

  constructor(private readonly options: DatabaseOptions) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      // Fail fast while Neo4j is down, so routes answer 503 instead of hanging.
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 3_000,
      maxTransactionRetryTime: 2_000,
      maxConnectionPoolSize: 100,
      logging: { level: "error", logger: () => {} },
    });
  }

  text(name: QueryName): string {
    return this.catalog.get(name)!;
  }

  read<T>(work: (tx: Transaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.transaction("READ", work, options);
  }

  write<T>(work: (tx: Transaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.transaction("WRITE", work, options);
  }

  /** Runs one named statement on its own: a read, or a write when `mode` says so. */
  query(name: QueryName, params: Record<string, unknown> = {}, mode: "READ" | "WRITE" = "READ"): Promise<Row[]> {
    return mode === "READ" ? this.readStatement(name, params) : this.transaction(mode, (tx) => tx.run(name, params));
  }

  /**
   * One named write statement as an auto-commit transaction: a single round trip to Neo4j
   * (a managed transaction takes a second one, its commit), for small writes on every
   * request such as a rate limit's counter. Never retried: its effect need not be idempotent.
   */
  async writeStatement(name: QueryName, params: Record<string, unknown> = {}): Promise<Row[]> {
    const { text, values } = this.statement(name, params);
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: "WRITE" });
    try {
      const result = await session.run(text, values, { timeout: this.options.queryTimeoutMs });
      return result.records.map((record) => toPlainRecord(record.toObject()));
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
    }
  }

  /**
   * The work of one viewer: the only way to run a statement that filters by viewer. An
   * analysis also passes its scope, which statements read through `@inScope` (every
   * element counts when it is absent).
   */
  forViewer(viewer: Viewer, scope: AnalysisScope = FULL_SCOPE): ViewerDatabase {
    const injected = {
      ...viewerParameters(viewer),
      belowConfidence: confidenceBelow(scope.minConfidence),
      sources: scope.sources ? [...scope.sources] : null,
    };
    return {
      viewer,
      scope,
      read: (work, options = {}) => this.transaction("READ", work, options, injected),
      write: (work, options = {}) => this.transaction("WRITE", work, options, injected),
      query: (name, params = {}) => this.readStatement(name, params, injected),
    };
  }

  /**
   * Runs a statement outside a managed transaction: schema statements (DDL cannot share a
   * transaction with data writes) and batched `CALL { } IN TRANSACTIONS` statements.
   */
  async autoCommit(text: string, params: Record<string, unknown> = {}): Promise<void> {
    const session = this.driver.session({ database: this.options.database });
    try {
      await session.run(text, integerParameters(params));
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
    }
  }

  async isReachable(): Promise<boolean> {
    try {
      await this.driver.getServerInfo({ database: this.options.database });
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  /**
   * One read statement as an auto-commit transaction: a single round trip to Neo4j, where
   * a managed transaction takes a begin, the statement and a commit (measured on the
   * bench's Neo4j: about twice the reads per second at 50 in flight). A failure the driver
   * calls retryable (a cluster member leaving, say) is tried once more.
   */
  private async readStatement(name: QueryName, params: Record<string, unknown>, viewer?: Record<string, unknown>): Promise<Row[]> {
    const { text, values } = this.statement(name, params, viewer);
    for (let attempt = 1; ; attempt += 1) {
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: "READ" });
      try {
        const result = await session.run(text, values, { timeout: this.options.queryTimeoutMs });
        return result.records.map((record) => toPlainRecord(record.toObject()));
      } catch (error) {
        if (attempt === 1 && isRetryableError(error)) continue;
        throw translate(error);
      } finally {
        await session.close();
      }
    }
  }

  /**
   * A named statement's text and parameters. The viewer's parameters come last, so a
   * caller cannot override them, and a statement that filters by viewer refuses to run
   * without them.
   */
  private statement(name: QueryName, params: Record<string, unknown>, viewer?: Record<string, unknown>) {
    if (!viewer && this.viewerFiltered.has(name)) {
      throw new Error(`${name} filters by viewer: run it through forViewer(viewer).`);
    }
    return { text: this.text(name), values: integerParameters(viewer ? { ...params, ...viewer } : params) };
  }

  private async transaction<T>(
    mode: "READ" | "WRITE", work: (tx: Transaction) => Promise<T>, options: TransactionOptions = {},
    viewer?: Record<string, unknown>,
  ): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const config = { timeout: options.timeoutMs ?? this.options.queryTimeoutMs };
    const unit = (tx: Pick<ManagedTransaction, "run">) =>
      work({
        run: async (name, params = {}) => {
          const { text, values } = this.statement(name, params, viewer);
          const result = await tx.run(text, values);
          return result.records.map((record) => toPlainRecord(record.toObject()));
        },
      });
    try {
      if (options.retry === false) return await once(session, unit, config);
      return await (mode === "READ" ? session.executeRead(unit, config) : session.executeWrite(unit, config));
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
    }
  }
}

/** The work in one explicit transaction, committed or rolled back, never retried. */
async function once<T>(session: Session, unit: (tx: Pick<ManagedTransaction, "run">) => Promise<T>, config: { timeout: number }): Promise<T> {
  const tx = await session.beginTransaction(config);
  try {
    const result = await unit(tx);
    await tx.commit();
    return result;
  } finally {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
  }
}

/**
 * JavaScript has one number type; Cypher tells integers from floats. Top-level whole
 * numbers are limits, depths and counts, so they travel as integers.
 */
function integerParameters(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Number.isSafeInteger(value) ? neo4j.int(value as number) : value]),
  );
}

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

/** Maps driver failures to the API's errors; anything else passes through as a 500. */
function translate(error: unknown): unknown {
  const code = (error as Partial<Neo4jError> | undefined)?.code ?? "";
  if (UNAVAILABLE_CODES.has(code) || code.endsWith(".DatabaseUnavailable") || /ECONNREFUSED|connection acquisition timed out|Pool is closed/i.test(String((error as Error)?.message))) {
    return databaseUnavailable();
  }
  if (code.includes("TransactionTimedOut") || code.includes("Transaction.Terminated")) {
    return queryTimeout();
  }
  return error;
}
