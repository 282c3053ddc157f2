import { useRef, useState, type DragEvent, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { IMPORT_MODES } from "../../../contract/imports.ts";
import { useImportStore } from "./importStore";
import { ACCEPTED_EXTENSIONS, addFiles, checkUploadDraft, hasErrors } from "./uploadForm";
import { formatBytes } from "./formatBytes";
import { MappingStep } from "./mapping/MappingStep";

/**
 * The files to load, how (merge or replace) and under which source, then a dry run.
 * Mistakes are said next to their field, in words, when "Check" is pressed; the first
 * one gets the focus.
 */
export function UploadForm() {
  const { t, i18n } = useTranslation("data");
  const draft = useImportStore((state) => state.draft);
  const run = useImportStore((state) => state.run);
  const setDraft = useImportStore((state) => state.setDraft);
  const check = useImportStore((state) => state.check);
  const reset = useImportStore((state) => state.reset);
  const [showErrors, setShowErrors] = useState(false);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const sourceInput = useRef<HTMLInputElement>(null);

  const busy = run.type === "uploading" || run.type === "running";
  const errors = showErrors ? checkUploadDraft(draft) : {};
  const replace = draft.mode === "replace";

  const add = (files: FileList | null) => {
    if (files && files.length > 0) setDraft({ files: addFiles(draft.files, [...files]) });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkUploadDraft(draft);
    setShowErrors(hasErrors(found));
    if (found.files) fileInput.current?.focus();
    else if (found.source) sourceInput.current?.focus();
    else void check();
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!busy) add(event.dataTransfer.files);
  };

  return (
    <form className="upload-form" onSubmit={onSubmit} noValidate data-testid="upload-form">
      <fieldset className="upload-form__body" disabled={busy}>
        <div
          className="upload-form__drop"
          data-testid="upload-drop"
          data-dragging={dragging || undefined}
          data-invalid={errors.files ? true : undefined}
          onDragEnter={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragOver={(event) => event.preventDefault()}
          onDragLeave={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
          }}
          onDrop={onDrop}
        >
          <input
            ref={fileInput}
            id="upload-files"
            type="file"
            multiple
            accept={ACCEPTED_EXTENSIONS.join(",")}
            className="visually-hidden upload-form__input"
            aria-invalid={errors.files ? true : undefined}
            aria-describedby={errors.files ? "upload-files-help upload-files-error" : "upload-files-help"}
            data-testid="upload-files"
            onChange={(event) => {
              add(event.target.files);
              event.target.value = "";
            }}
          />
          <label htmlFor="upload-files" className="button upload-form__choose">{t("upload.choose")}</label>
          <span className="upload-form__drop-text">{t("upload.drop")}</span>
          <p id="upload-files-help" className="param-form__help upload-form__formats">{t("upload.formats")}</p>
        </div>
        {draft.files.length > 0 && (
          <ul className="upload-form__files" aria-label={t("upload.chosen")}>
            {draft.files.map((file) => (
              <li key={file.name} className="upload-form__file">
                <span className="upload-form__file-name">{file.name}</span>
                <span className="upload-form__file-size">{formatBytes(file.size, i18n.language)}</span>
                <button
                  type="button"
                  className="button button--icon"
                  aria-label={t("upload.remove", { name: file.name })}
                  title={t("upload.remove", { name: file.name })}
                  onClick={() => setDraft({ files: draft.files.filter((other) => other !== file) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        {errors.files && <p id="upload-files-error" className="param-form__error" data-testid="upload-files-error">{t(errors.files.key, errors.files.values)}</p>}
        <MappingStep />

        <fieldset className="upload-form__modes">
          <legend className="param-form__label">{t("upload.mode")}</legend>
          {IMPORT_MODES.map((mode) => (
            <label key={mode} className="upload-form__mode">
              <input type="radio" name="upload-mode" value={mode} checked={draft.mode === mode} onChange={() => setDraft({ mode })} />
              <span>
                <strong>{t(`modes.${mode}`)}</strong>
                <span className="param-form__help">{t(`upload.modeHelp.${mode}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <div className="param-form__field upload-form__source">
          <label htmlFor="upload-source" className="param-form__label">
            {t("upload.source")} {replace ? <span className="upload-form__required">{t("upload.required")}</span> : <span className="upload-form__optional">{t("upload.optional")}</span>}
          </label>
          <input
            ref={sourceInput}
            id="upload-source"
            className="param-form__input"
            value={draft.source}
            maxLength={200}
            autoComplete="off"
            aria-required={replace}
            aria-invalid={errors.source ? true : undefined}
            aria-describedby={errors.source ? "upload-source-help upload-source-error" : "upload-source-help"}
            data-testid="upload-source"
            onChange={(event) => setDraft({ source: event.target.value })}
          />
          <p id="upload-source-help" className="param-form__help">{t(replace ? "upload.sourceHelp.replace" : "upload.sourceHelp.merge")}</p>
          {errors.source && <p id="upload-source-error" className="param-form__error" data-testid="upload-source-error">{t(errors.source.key, errors.source.values)}</p>}
        </div>

        <div className="param-form__actions">
          <button type="submit" className="button button--primary" data-testid="upload-check">{t("upload.check")}</button>
          {(draft.files.length > 0 || draft.source !== "" || run.type !== "idle") && (
            <button
              type="button"
              className="button"
              onClick={() => {
                setShowErrors(false);
                reset();
              }}
            >
              {t("upload.clear")}
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}
