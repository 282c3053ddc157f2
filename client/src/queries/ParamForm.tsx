import { useId, useMemo, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useModelNames } from "../graph/modelNames";
import {
  fieldsOf, initialValues, toParams, type FieldProblem, type FieldValue, type FormValues, type ParamField,
} from "./paramFields";
import { EntityPicker } from "./ParamFormEntityPicker";
import { useValueName } from "../i18n/valueNames";

export interface ParamFormProps {
  /** The parameters' JSON Schema (an object schema with defaults). */
  schema: unknown;
  /** Values to start from (a shared link's); defaults fill the rest. */
  stored?: Record<string, unknown>;
  /** Messages from the server, by parameter name. */
  errors?: Record<string, string[]>;
  busy?: boolean;
  submitLabel: string;
  onSubmit(params: Record<string, unknown>): void;
  /** More actions, next to the submit button. */
  children?: ReactNode;
}

/**
 * A form generated from a JSON Schema: numbers with their bounds, dates, relationship
 * types as a checkbox list named from the model, entities with the entity picker.
 * Submits typed values; empty inputs are left out so the server's defaults apply.
 */
export function ParamForm({ schema, stored, errors = {}, busy = false, submitLabel, onSubmit, children }: ParamFormProps) {
  const fields = useMemo(() => fieldsOf(schema), [schema]);
  const [values, setValues] = useState<FormValues>(() => initialValues(fields, stored));
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const formId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { params, problems: found } = toParams(fields, values);
    setProblems(found);
    if (Object.keys(found).length === 0) onSubmit(params);
  };

  const change = (name: string, value: FieldValue) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setProblems(({ [name]: _dropped, ...rest }) => rest);
  };

  return (
    <form className="param-form" onSubmit={submit} noValidate aria-busy={busy}>
      {fields.map((field) => (
        <ParamInput
          key={field.name}
          id={`${formId}-${field.name}`}
          field={field}
          value={values[field.name]}
          problem={problems[field.name]}
          serverErrors={errors[field.name] ?? []}
          onChange={(value) => change(field.name, value)}
        />
      ))}
      <div className="param-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>{submitLabel}</button>
        {children}
      </div>
    </form>
  );
}

interface ParamInputProps {
  id: string;
  field: ParamField;
  value: FieldValue | undefined;
  problem: FieldProblem | undefined;
  serverErrors: string[];
  onChange(value: FieldValue): void;
}

function ParamInput({ id, field, value, problem, serverErrors, onChange }: ParamInputProps) {
  const { t } = useTranslation("panels");
  const valueName = useValueName();
  const label = t(`params.${field.name}`, { defaultValue: field.name });
  const help = t(`paramHelp.${field.name}`, { defaultValue: field.description ?? "" });
  const messages = [...(problem ? [problemText(problem, t)] : []), ...serverErrors];
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [help ? helpId : "", messages.length ? errorId : ""].filter(Boolean).join(" ") || undefined;
  const invalid = messages.length > 0;
  const text = typeof value === "string" ? value : "";

  const notes = (
    <>
      {help && <p id={helpId} className="param-form__help">{help}</p>}
      {invalid && (
        <p id={errorId} className="param-form__error">
          {messages.join(" · ")}
        </p>
      )}
    </>
  );

  if (field.kind === "enumList") {
    return (
      <fieldset className="param-form__field param-form__field--list" aria-describedby={describedBy} aria-invalid={invalid || undefined}>
        <legend className="param-form__label">{label}</legend>
        <TypeChecklist field={field} checked={Array.isArray(value) ? value : []} onChange={onChange} />
        {notes}
      </fieldset>
    );
  }

  if (field.kind === "boolean") {
    return (
      <div className="param-form__field param-form__field--check">
        <label className="param-form__check">
          <input type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} aria-describedby={describedBy} />
          {label}
        </label>
        {notes}
      </div>
    );
  }

  return (
    <div className="param-form__field">
      <label className="param-form__label" htmlFor={id}>
        {label}
        {field.kind === "number" && rangeText(field, t)}
      </label>
      {field.kind === "entity" ? (
        <EntityPicker id={id} value={text || null} onChange={(picked) => onChange(picked ?? "")} invalid={invalid} describedBy={describedBy} />
      ) : field.kind === "choice" ? (
        <select id={id} className="param-form__input" value={text} onChange={(e) => onChange(e.target.value)} aria-invalid={invalid || undefined} aria-describedby={describedBy}>
          {!field.required && <option value="">{t("paramForm.none")}</option>}
          {field.options.map((option) => (
            <option key={option} value={option}>{valueName(field.name, option)}</option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          className="param-form__input"
          type={field.kind === "number" ? "number" : field.kind === "date" ? "date" : "text"}
          min={field.kind === "number" ? field.min : undefined}
          max={field.kind === "number" ? field.max : undefined}
          step={field.kind === "number" ? (field.integer ? 1 : "any") : undefined}
          inputMode={field.kind === "number" ? (field.integer ? "numeric" : "decimal") : undefined}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        />
      )}
      {notes}
    </div>
  );
}

/** Relationship types (or any enumerated list) as checkboxes; none checked means all. */
function TypeChecklist({ field, checked, onChange }: {
  field: Extract<ParamField, { kind: "enumList" }>;
  checked: string[];
  onChange(value: string[]): void;
}) {
  const { t } = useTranslation("panels");
  const { type, language } = useModelNames();
  const toggle = (option: string, on: boolean) =>
    onChange(on ? field.options.filter((o) => o === option || checked.includes(o)) : checked.filter((o) => o !== option));
  return (
    <>
      <p className="param-form__summary">
        {checked.length === 0 ? t("paramForm.allChecked") : t("paramForm.someChecked", { count: checked.length, total: field.options.length })}
        {checked.length > 0 && (
          <button type="button" className="button button--link" onClick={() => onChange([])}>{t("paramForm.uncheckAll")}</button>
        )}
      </p>
      <ul className="param-form__checklist">
        {field.options.map((option) => {
          const relationshipType = type(option);
          return (
            <li key={option}>
              <label className="param-form__check">
                <input type="checkbox" checked={checked.includes(option)} onChange={(e) => toggle(option, e.target.checked)} />
                {relationshipType && <span className="param-form__swatch" style={{ background: relationshipType.color }} aria-hidden="true" />}
                {relationshipType?.names[language] ?? t(`values.${option}`, { defaultValue: option })}
              </label>
            </li>
          );
        })}
      </ul>
    </>
  );
}

type Translate = ReturnType<typeof useTranslation<"panels">>["t"];

function rangeText(field: Extract<ParamField, { kind: "number" }>, t: Translate): string {
  if (field.min !== undefined && field.max !== undefined) return ` (${t("paramForm.range", { min: field.min, max: field.max })})`;
  if (field.min !== undefined) return ` (≥ ${field.min})`;
  if (field.max !== undefined) return ` (≤ ${field.max})`;
  return "";
}

function problemText(problem: FieldProblem, t: Translate): string {
  switch (problem.type) {
    case "required":
      return t("paramForm.required");
    case "notANumber":
      return t("paramForm.notANumber");
    case "notAnInteger":
      return t("paramForm.notAnInteger");
    case "min":
      return t("paramForm.min", { min: problem.min });
    case "max":
      return t("paramForm.max", { max: problem.max });
  }
}
