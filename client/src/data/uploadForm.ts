import type { ImportMapping } from "../../../contract/import-mapping.ts";
import type { ImportMode } from "../../../contract/imports.ts";

/** The upload form as the user fills it in. */
export interface UploadDraft {
  files: File[];
  mode: ImportMode;
  source: string;
  /** How the files' attributes become the model's (the mapping step); empty: the files are in the product's own shape. */
  mapping: ImportMapping;
}

/** The file names the importer reads (a zip may hold any of the others). */
export const ACCEPTED_EXTENSIONS = [".json", ".csv", ".graphml", ".xml", ".zip"] as const;

/** The server's rule for a source name (`sourceName` in the imports route). */
const SOURCE_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._:/()-]{0,199}$/u;

/** At most this many files per import, as the server allows by default. */
export const MAX_FILES = 10;

/** Why the form cannot be sent yet, per field; each value is a message key of the `data` namespace with its values. */
export interface UploadFormErrors {
  files?: { key: string; values?: Record<string, string | number> };
  source?: { key: string; values?: Record<string, string | number> };
}

/**
 * What is wrong with the draft before anything is sent: no file, a file the importer
 * cannot read (named), too many files, replace without a source, a source name the
 * server would refuse. Empty when the draft can be sent.
 */
export function checkUploadDraft(draft: UploadDraft): UploadFormErrors {
  const errors: UploadFormErrors = {};
  const unreadable = draft.files.find((file) => !isAccepted(file.name));
  if (draft.files.length === 0) errors.files = { key: "upload.errors.noFiles" };
  else if (unreadable) errors.files = { key: "upload.errors.unreadable", values: { name: unreadable.name, extensions: ACCEPTED_EXTENSIONS.join(", ") } };
  else if (draft.files.length > MAX_FILES) errors.files = { key: "upload.errors.tooMany", values: { max: MAX_FILES } };

  const source = draft.source.trim();
  if (draft.mode === "replace" && source === "") errors.source = { key: "upload.errors.sourceRequired" };
  else if (source !== "" && !SOURCE_NAME.test(source)) errors.source = { key: "upload.errors.sourceInvalid" };
  return errors;
}

export function hasErrors(errors: UploadFormErrors): boolean {
  return errors.files !== undefined || errors.source !== undefined;
}

/** The files with `added` put in; a file of the same name replaces the earlier one. */
export function addFiles(files: readonly File[], added: readonly File[]): File[] {
  const names = new Set(added.map((file) => file.name));
  return [...files.filter((file) => !names.has(file.name)), ...added];
}

function isAccepted(name: string): boolean {
  const lower = name.toLowerCase();
  return ACCEPTED_EXTENSIONS.some((extension) => lower.endsWith(extension));
}
