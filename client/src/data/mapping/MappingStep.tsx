import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { ImportInspection } from "../../../../contract/import-inspection.ts";
import type { FileProfile } from "../../../../contract/import-mapping.ts";
import { useGraphStore } from "../../graph/graphStore";
import { useLanguage } from "../../i18n/useLanguage";
import { useImportStore } from "../importStore";
import { FileAttributes } from "./FileAttributes";
import { MappingFields } from "./MappingFields";
import { SavedMappings } from "./SavedMappings";
import { useInspection } from "./useInspection";

/**
 * The mapping step of the Data page: once files are chosen, what they hold (each
 * attribute with counts and samples) beside the model's kinds, types and properties,
 * with the mapping the server proposed for staff to adjust, save by name or load. The
 * dry run and the import are sent with it.
 */
export function MappingStep() {
  const { t } = useTranslation("data");
  const language = useLanguage();
  const model = useGraphStore((state) => state.model);
  const files = useImportStore((state) => state.draft.files);
  const mapping = useImportStore((state) => state.draft.mapping);
  const setDraft = useImportStore((state) => state.setDraft);
  const onProposal = useCallback((inspection: ImportInspection) => setDraft({ mapping: inspection.proposal }), [setDraft]);
  const inspection = useInspection(files, language, onProposal);

  if (files.length === 0 || inspection.type === "idle") return null;
  return (
    <section className="mapping-step" aria-labelledby="mapping-heading" data-testid="mapping-step" aria-busy={inspection.type === "loading"}>
      <h3 id="mapping-heading" className="data-subheading">{t("mapping.heading")}</h3>
      {inspection.type === "loading" && <p role="status" className="param-form__help">{t("mapping.reading")}</p>}
      {inspection.type === "error" && <p role="alert" className="param-form__error">{t("mapping.failed", { reason: inspection.problem.message })}</p>}
      {inspection.type === "done" && model && (
        <>
          <p className="param-form__help">{t("mapping.intro")}</p>
          {inspection.inspection.problems.length > 0 && (
            <ul className="mapping-step__problems" aria-label={t("mapping.problems")}>
              {inspection.inspection.problems.slice(0, 3).map((problem, index) => (
                <li key={index} className="param-form__error">{problem.file}{problem.line ? `:${problem.line}` : ""} — {problem.message}</li>
              ))}
            </ul>
          )}
          <div className="mapping-step__columns">
            <div className="mapping-step__file">
              <h4 className="mapping-step__column-heading">{t("mapping.inFile")}</h4>
              <FileAttributes files={inspection.inspection.files} />
            </div>
            <div className="mapping-step__model">
              <h4 className="mapping-step__column-heading">{t("mapping.inModel")}</h4>
              <MappingFields mapping={mapping} model={model} language={language}
                attributes={attributesOf(inspection.inspection.files)} values={inspection.inspection.values}
                hasEdges={inspection.inspection.files.some((file) => file.edges > 0)}
                onChange={(next) => setDraft({ mapping: next })} />
            </div>
          </div>
          <SavedMappings mapping={mapping} onLoad={(loaded) => setDraft({ mapping: loaded })} />
        </>
      )}
    </section>
  );
}

function attributesOf(files: FileProfile[]): { nodes: string[]; edges: string[] } {
  return {
    nodes: [...new Set(files.flatMap((file) => file.nodeAttributes.map((attribute) => attribute.name)))],
    edges: [...new Set(files.flatMap((file) => file.edgeAttributes.map((attribute) => attribute.name)))],
  };
}
