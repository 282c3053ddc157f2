import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { record, recordNow } from "../audit/audit-log.ts";
import { importEvent } from "./audit-events.ts";
import type { Clearance } from "../../contract/markings.ts";
import type { ImportMapping } from "../../contract/import-mapping.ts";
import { importLimits, readEnv } from "../env.ts";
import type { GraphModel } from "../model/graph-model.ts";
import type { GraphDatabase } from "../neo4j/database.ts";
import type { ImportMode, ImportProgress, ImportReport } from "./import-report.ts";
import type { Upload } from "./upload.ts";
import { runImport } from "./run-import.ts";

export interface ImportLimits {
  maxElements: number;
  /** Most elements one transaction writes (Neo4j's heap); see ImportOptions. */
  maxTransactionElements: number;
  /** Imports of more elements are staged (staged-import.ts). */
  stageAbove: number;
  maxFileBytes: number;
  maxFiles: number;
  /** Most bytes the zips of one import request may expand to, all together. */
  maxExpandedBytes: number;
  timeoutMs: number;
  /** Elements per statement inside the transaction. */
  batchSize: number;
}

/** The environment's defaults (env.ts), for an app made without limits of its own. */
export const defaultImportLimits: ImportLimits = { ...importLimits(readEnv({})), maxFiles: 10 };

export type JobState = "queued" | "running" | "done";

/** What a client sees of an import job while it runs and after. */
export interface ImportJobView {
  id: string;
  state: JobState;
  progress: ImportProgress;
  report?: ImportReport;
}

/** A job with who started it, for the route to decide who may follow it. */
export interface ImportJob {
  user: string;
  view: ImportJobView;
}

interface Job extends ImportJobView {
  user: string;
  finished: Promise<ImportReport>;
}

const KEEP_JOBS = 50;

/**
 * Runs imports one at a time (two imports racing over the same elements could each
 * pass its checks and then collide) and keeps the recent ones so their progress and
 * report can be followed. The lasting record is the history in Neo4j.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: GraphDatabase,
    private readonly model: GraphModel,
    readonly limits: ImportLimits,
    private readonly logger: Logger,
  ) {}

  /**
   * Queues an import. `user` is who runs it (recorded on the elements, in the history and
   * in the audit trail, with `ip`): a carried-out import is audited in its own write
   * transaction, a dry run, refused or failed one right after. Elements marked above
   * `clearance` (the user's) are refused; only an `admin` may lower a stored marking.
   */
  start(upload: Upload, options: {
    mode: ImportMode; source?: string; dryRun: boolean; user: string; ip?: string | null; clearance?: Clearance; admin?: boolean;
    mapping?: ImportMapping;
  }): ImportJobView {
    const id = randomUUID();
    const job: Job = {
      id, user: options.user, state: "queued", progress: { phase: "queued", done: 0, total: 0 },
      finished: undefined as unknown as Promise<ImportReport>,
    };
    const run = async (): Promise<ImportReport> => {
      job.state = "running";
      try {
        const audit = { actor: options.user, ip: options.ip };
        const report = await runImport(this.db, this.model, upload.files, {
          mode: options.mode, source: options.source, dryRun: options.dryRun, user: options.user, clearance: options.clearance,
          admin: options.admin, ip: options.ip, mapping: options.mapping,
          id, maxElements: this.limits.maxElements, timeoutMs: this.limits.timeoutMs, batchSize: this.limits.batchSize,
          stageAbove: this.limits.stageAbove, maxTransactionElements: this.limits.maxTransactionElements,
          onProgress: (progress) => {
            job.progress = progress;
          },
          onCommit: async (tx, committed) => {
            await record(tx, importEvent(committed, audit));
          },
        });
        if (report.status !== "imported") {
          // The database may be why it failed; the report still reaches the user.
          await recordNow(this.db, importEvent(report, audit))
            .catch((error: Error) => this.logger.error({ importId: id, err: error }, "could not record the failed import in the audit trail"));
        }
        this.logger.info({ importId: id, status: report.status, user: options.user, dryRun: options.dryRun }, report.message);
        job.report = report;
        return report;
      } finally {
        job.state = "done";
        await upload.discard();
      }
    };
    job.finished = this.tail.then(run, run);
    this.tail = job.finished.catch(() => undefined);
    this.jobs.set(id, job);
    this.forgetOld();
    return view(job);
  }

  get(id: string): ImportJob | undefined {
    const job = this.jobs.get(id);
    return job ? { user: job.user, view: view(job) } : undefined;
  }

  /** Resolves with the report when the job ends. */
  finished(id: string): Promise<ImportReport> | undefined {
    return this.jobs.get(id)?.finished;
  }

  /** Waits for every queued import (at shutdown). */
  async drain(): Promise<void> {
    await this.tail;
  }

  private forgetOld(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= KEEP_JOBS) break;
      if (job.state === "done") this.jobs.delete(id);
    }
  }
}

function view(job: Job): ImportJobView {
  return { id: job.id, state: job.state, progress: job.progress, ...(job.report ? { report: job.report } : {}) };
}
