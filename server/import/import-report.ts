import type { ResponseMarking } from "../../contract/markings.ts";
import type { Clearance } from "../../contract/markings.ts";
import type { Transaction } from "../neo4j/database.ts";
import type { ImportFormat, ImportProblem } from "./records.ts";
import type { ImportWarning, ImportProblemCode } from "../../contract/imports.ts";
import type { ImportMapping } from "../../contract/import-mapping.ts";

export type { ImportWarning };
export interface ProblemGroup {
  code: ImportProblemCode;
  count: number;
}

/** How an import treats what the database already holds. */
export type ImportMode = "merge" | "replace";

export interface ImportOptions {
  /** merge: upsert by id. replace: make the named source's elements equal to the files. */
  mode: ImportMode;
  /** The source the elements are recorded under; required in replace mode. */
  source?: string;
  /** Compute and report the diff without writing. */
  dryRun: boolean;
  /** Who runs it, recorded on every element it touches and in the history. */
  user: string;
  /** The import's id, recorded on every element it touches; a new UUID when absent. */
  id?: string;
  /** The load time recorded on touched elements; now when absent (the seed passes its own). */
  loadedAt?: string;
  /** Above this many elements an import is refused before any write. */
  maxElements: number;
  /**
   * Above this many elements a real import is staged (staged-import.ts): written in
   * committed batches invisible to readers, then published at once. Unset: never staged.
   */
  stageAbove?: number;
  /**
   * Most elements one transaction may write (Neo4j's heap): in a staged import, the most
   * existing elements it may update, rewire or delete, which are applied when it is
   * published. `maxElements` when unset.
   */
  maxTransactionElements?: number;
  /** Time limit of the import's one transaction (staged: of the publishing one, and of each batch). */
  timeoutMs: number;
  /** How the files' attributes become the model's elements (checked against the model first); the product's own shape when absent. */
  mapping?: ImportMapping;
  /** Rows per statement inside the transaction. */
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Whether to add the import to the history (the seed loader does not). */
  recordHistory?: boolean;
  /**
   * The importing user's clearance: elements marked above it are refused, naming row and
   * field, and stored elements it does not reach are, to the import, ids in use or missing
   * nodes. None (the seed, the command line): everything is visible.
   */
  clearance?: Clearance;
  /** Whether the importing user is an admin, who alone may lower a stored marking (one they are cleared for). */
  admin?: boolean;
  /** The client's address, recorded in the audit events the import writes itself. */
  ip?: string | null;
  /**
   * Runs inside the import's write transaction, just before the history record, when the
   * import is about to commit: what it writes (the audit event) commits with the import
   * or not at all. Not called for dry runs, rejected or failed imports.
   */
  onCommit?: (tx: Transaction, report: ImportReport) => Promise<void>;
}

export type ImportPhase = "queued" | "reading" | "checking" | "writing" | "done";

export interface ImportProgress {
  phase: ImportPhase;
  /** Elements read (reading) or compared and written (writing) so far. */
  done: number;
  /** Elements in all files; 0 while still reading. */
  total: number;
}

export interface ElementCounts {
  nodes: number;
  edges: number;
}

/** One element the import creates, changes or deletes. */
export interface ElementChange {
  element: "node" | "edge";
  id: string;
  /** Kind of a node, type of a relationship. */
  label: string;
  /**
   * The element's marking as stored or as written, whichever is higher, with (for a
   * relationship) the markings of its ends: the highest level and every caveat.
   */
  marking: ResponseMarking;
  /** For updates: the fields whose values differ from the database. */
  fields?: string[];
  /** Where the element is in the files (absent for deletions). */
  file?: string;
  line?: number;
  row?: number;
}

export interface FileSummary {
  name: string;
  format?: ImportFormat;
  bytes: number;
  nodes: number;
  edges: number;
}

export type ImportStatus = "dry-run" | "imported" | "rejected" | "failed";

/** What an import did (or, for a dry run, would do), or why it did nothing. */
export interface ImportReport {
  id: string;
  status: ImportStatus;
  dryRun: boolean;
  mode: ImportMode;
  source?: string;
  user: string;
  files: FileSummary[];
  created: ElementCounts;
  updated: ElementCounts;
  unchanged: ElementCounts;
  deleted: ElementCounts;
  /** The first changes of each category; `truncated` says some were left out. */
  changes: { created: ElementChange[]; updated: ElementChange[]; deleted: ElementChange[]; truncated: boolean };
  /** Every problem found (up to a limit; `errorCount` has them all). Nothing is written when there is one. */
  errors: ImportProblem[];
  errorCount: number;
  /** Every problem counted by kind, most frequent first. */
  problemGroups: ProblemGroup[];
  /** What the import drops or changes on its way in, said once per cause. */
  warnings: ImportWarning[];
  startedAt: string;
  finishedAt: string;
  /** A sentence saying what happened. */
  message: string;
  /**
   * The highest marking and every caveat of what the report names (each element of
   * `changes`, as stored and as written, with both ends of relationships); UNCLASSIFIED
   * when it names nothing marked. The history and the audit record carry it too.
   */
  marking: ResponseMarking;
}

export const emptyCounts = (): ElementCounts => ({ nodes: 0, edges: 0 });
