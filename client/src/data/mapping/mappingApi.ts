import type { ImportMapping } from "../../../../contract/import-mapping.ts";
import type { Language } from "../../../../contract/model.ts";
import { callEndpoint, endpoints } from "../../api/endpoints";

/** The mapping step's endpoints: the first look at dropped files, and the mappings saved by name. */

/** Uploads the files to be read, not imported: their profiles and a proposed mapping in `language`. */
export function inspectFiles(files: readonly File[], language: Language, signal?: AbortSignal) {
  const form = new FormData();
  for (const file of files) form.append("file", file, file.name);
  return callEndpoint(endpoints.inspectImport, { query: { lang: language }, body: form, signal });
}

export function fetchSavedMappings(signal?: AbortSignal) {
  return callEndpoint(endpoints.savedMappings, { signal });
}

export function saveMapping(name: string, mapping: ImportMapping) {
  return callEndpoint(endpoints.saveMapping, { params: { name }, body: mapping });
}

export function deleteMapping(name: string) {
  return callEndpoint(endpoints.deleteMapping, { params: { name } });
}
