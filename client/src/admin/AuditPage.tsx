import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { AUDIT_ACTIONS, auditQuery, emptyAuditFilter, rangeIsBackwards, type AuditFilterForm } from "./auditFilter";
import { useAuditEvents } from "./adminApi";
import { FormField } from "../ui/FormField";

const LIMIT = 200;

/** Admins: the audit trail, newest first, filtered by actor, action and days; the export as JSON lines. */
export function AuditPage() {
  const { t, i18n } = useTranslation("access");
  const [draft, setDraft] = useState<AuditFilterForm>(emptyAuditFilter);
  const [applied, setApplied] = useState<AuditFilterForm>(emptyAuditFilter);
  const query = auditQuery(applied);
  const listQuery = new URLSearchParams(query);
  listQuery.set("limit", String(LIMIT));
  const events = useAuditEvents(listQuery);
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: "short", timeStyle: "medium" });
  const backwards = rangeIsBackwards(draft);
  const exportQuery = query.toString();

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (!backwards) setApplied(draft);
  };

  return (
    <main className="data-page data-page--single" data-testid="audit-page">
      <section className="data-section" aria-labelledby="audit-heading">
        <div className="data-section__top">
          <h2 id="audit-heading" className="data-section__heading">{t("audit.heading")}</h2>
          <button type="button" className="button data-section__refresh" onClick={events.reload}>{t("data:refresh")}</button>
        </div>
        <p className="data-section__intro">{t("audit.intro")}</p>
        <form className="audit-filter" onSubmit={apply} aria-label={t("audit.filters")} noValidate>
          <FormField id="audit-actor" label={t("audit.actor")}>
            {(props) => <input {...props} className="param-form__input" value={draft.actor} spellCheck={false} onChange={(event) => setDraft({ ...draft, actor: event.target.value })} />}
          </FormField>
          <FormField id="audit-action" label={t("audit.action")}>
            {(props) => (
              <select {...props} className="param-form__input" value={draft.action} onChange={(event) => setDraft({ ...draft, action: event.target.value })}>
                <option value="">{t("audit.anyAction")}</option>
                {AUDIT_ACTIONS.map((action) => <option key={action} value={action}>{action}</option>)}
              </select>
            )}
          </FormField>
          <FormField id="audit-from" label={t("audit.from")}>
            {(props) => <input {...props} type="date" className="param-form__input" value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />}
          </FormField>
          <FormField id="audit-to" label={t("audit.to")} error={backwards ? t("audit.rangeBackwards") : undefined}>
            {(props) => <input {...props} type="date" className="param-form__input" value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />}
          </FormField>
          <div className="audit-filter__buttons">
            <button type="submit" className="button button--primary" disabled={backwards}>{t("audit.apply")}</button>
            <button type="button" className="button" onClick={() => { setDraft(emptyAuditFilter); setApplied(emptyAuditFilter); }}>{t("audit.clear")}</button>
          </div>
        </form>
        <p className="audit-export">
          <a className="button data-export__link" href={`/api/audit/export${exportQuery ? `?${exportQuery}` : ""}`} download="audit.jsonl" data-testid="audit-export">
            {t("audit.export")}
          </a>
          <span className="param-form__help">{t("audit.exportHelp")}</span>
        </p>
        {events.type === "loading" && <p className="data-empty">{t("audit.loading")}</p>}
        {events.type === "error" && <p className="param-form__error" role="alert">{t("audit.error", { detail: events.problem.detail ?? events.problem.title })}</p>}
        {events.type === "loaded" && events.data.events.length === 0 && <p className="data-empty">{t("audit.empty")}</p>}
        {events.type === "loaded" && events.data.events.length > 0 && (
          <>
            {events.data.truncated && <p className="param-form__help" role="status">{t("audit.truncated", { count: events.data.events.length })}</p>}
            <div className="data-scroll">
              <table className="data-table audit-table" data-testid="audit-table">
                <caption>{t("audit.caption")}</caption>
                <thead>
                  <tr>
                    {(["at", "actor", "action", "target", "outcome", "details"] as const).map((column) => (
                      <th key={column} scope="col">{t(`audit.columns.${column}`)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {events.data.events.map((event) => (
                    <tr key={event.id} data-action={event.action} data-actor={event.actor}>
                      <td className="data-table__numeric"><time dateTime={event.at}>{format.format(new Date(event.at))}</time></td>
                      <td>{event.actor}</td>
                      <td><code>{event.action}</code></td>
                      <td>{event.target ?? ""}</td>
                      <td><span className={`audit-outcome audit-outcome--${event.outcome}`}>{t(`audit.outcomes.${event.outcome}`, { defaultValue: event.outcome })}</span></td>
                      <td className="audit-table__details">{Object.keys(event.details).length ? JSON.stringify(event.details) : ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </main>
  );
}
