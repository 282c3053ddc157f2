import type { ReactNode } from "react";

/** A labelled control with its help and its error, tied together for screen readers. */
export function FormField({ id, label, help, error, children }: {
  id: string; label: string; help?: string; error?: string;
  children: (described: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}) {
  const describedBy = [help ? `${id}-help` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className="param-form__field">
      <label className="param-form__label" htmlFor={id}>{label}</label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined })}
      {help && <p id={`${id}-help`} className="param-form__help">{help}</p>}
      {error && <p id={`${id}-error`} className="param-form__error" data-testid={`${id}-error`}>{error}</p>}
    </div>
  );
}
