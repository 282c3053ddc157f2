import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { importLimits, readEnvOrExit } from "../env.ts";
import { expandZip } from "../import/formats/detect.ts";
import type { ImportMode, ImportProgress } from "../import/import-report.ts";
import type { ImportFile } from "../import/records.ts";
import type { ImportMapping } from "../../contract/import-mapping.ts";
import { runImport } from "../import/run-import.ts";
import { createLogger } from "../logger.ts";
import { AppError } from "../errors.ts";
import { parseMapping } from "../import/mapping/parse-mapping.ts";
import { GraphModel } from "../model/graph-model.ts";
import { startRuntime } from "../runtime.ts";
import { printReport } from "./import-summary.ts";

const USAGE = `Usage: npm run import -- <files...> [--dry-run] [--mode merge|replace] [--source NAME] [--mapping FILE]

  Imports graph files all or nothing: JSON elements ({nodes:[{data}], edges:[{data}]}),
  a neo4j-admin CSV pair (nodes.csv with id:ID and :LABEL, relationships.csv with
  :START_ID, :END_ID, :TYPE), GraphML, or a zip of them.

  --dry-run        report what would be created, updated and deleted; write nothing
  --mode merge     upsert by id (the default)
  --mode replace   make the source's elements equal to the files (needs --source)
  --source NAME    the source the elements are recorded under
  --mapping FILE   a JSON mapping: how the files' attributes become the model's ids, kinds,
                   types and properties (files written by other tools; see the README)`;

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        "dry-run": { type: "boolean", default: false },
        mode: { type: "string", default: "merge" },
        source: { type: "string" },
        mapping: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
})();

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const usageError = positionals.length === 0 ? "Name at least one file to import."
  : values.mode !== "merge" && values.mode !== "replace" ? `--mode must be merge or replace, not "${values.mode}".`
    : values.mode === "replace" && !values.source ? "--mode replace needs --source NAME: the source to replace."
      : positionals.find((file) => !isFile(file)) !== undefined
        ? `No such file: ${positionals.find((file) => !isFile(file))}`
        : values.mapping !== undefined && !isFile(values.mapping) ? `No such mapping file: ${values.mapping}` : undefined;
if (usageError) {
  console.error(`${usageError}\n\n${USAGE}`);
  process.exit(2);
}

const env = readEnvOrExit();
const mapping = values.mapping === undefined ? undefined : readMapping(values.mapping, GraphModel.fromFile());
const logger = createLogger(env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL);
const scratch = mkdtempSync(path.join(tmpdir(), "cnd-import-cli-"));
const runtime = await startRuntime(env, logger, { seedOnEmpty: false }).catch((error: Error) => {
  logger.fatal(error.message);
  process.exit(1);
});
const bar = new SingleBar({
  format: "{phase} [{bar}] {percentage}% | {value}/{total} elements",
  hideCursor: true, clearOnComplete: true, stream: process.stderr,
});
try {
  const files: ImportFile[] = [];
  for (const file of positionals) {
    const name = path.basename(file);
    if (/\.zip$/i.test(name)) files.push(...await expandZip(path.resolve(file), name, scratch, { maxEntries: 20, maxBytes: 4 * 1024 ** 3 }));
    else files.push({ path: path.resolve(file), name });
  }
  const report = await runImport(runtime.db, runtime.model, files, {
    mode: values.mode as ImportMode, source: values.source, dryRun: values["dry-run"],
    user: `cli:${userInfo().username}`, ...importLimits(env), onProgress: showProgress(bar), mapping,
  });
  bar.stop();
  printReport(report);
  process.exitCode = report.status === "imported" || report.status === "dry-run" ? 0 : 1;
} catch (error) {
  bar.stop();
  logger.fatal((error as Error).message);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
  await runtime.stop();
}

function showProgress(progressBar: SingleBar): (progress: ImportProgress) => void {
  let started = false;
  return ({ phase, done, total }) => {
    const label = { queued: "Queued  ", reading: "Reading ", checking: "Checking", writing: "Writing ", done: "Done    " }[phase];
    if (!started) {
      progressBar.start(Math.max(total, 1), done, { phase: label });
      started = true;
    }
    progressBar.setTotal(Math.max(total, done, 1));
    progressBar.update(done, { phase: label });
  };
}

/** The mapping file, checked against the model before anything starts: each error with its path, then exit 2. */
function readMapping(file: string, model: GraphModel): ImportMapping {
  try {
    return parseMapping(readFileSync(file, "utf8"), model);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(`${file}: ${error.message}`);
    for (const issue of error.errors) console.error(`  ${issue.path}: ${issue.message}`);
    process.exit(2);
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
