import { useState, type FormEvent, type MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { toProblem } from "../api/fetchJson";
import { can } from "../../../contract/roles.ts";
import type { SavedView } from "../../../contract/views.ts";
import { deleteView, saveView, useSavedViews } from "./exploreApi";
import { openSavedView, savedViewSearch } from "./savedViews";
import { useSignedInUser } from "../session/sessionStore";
import { isPlainClick } from "../view/plainClick";
import { MarkingStrip } from "../session/MarkingBanner";

/**
 * The header's saved views: open one (own or shared), delete one's own (admins: any),
 * and, for managers and up, save the current view under a name, privately or shared.
 * Built against POST/GET /api/views and DELETE /api/views/:id.
 */
export function SavedViewsMenu() {
  const { t } = useTranslation("access");
  const user = useSignedInUser();
  const [open, setOpen] = useState(false);
  const views = useSavedViews(open);
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [busy, setBusy] = useState(false);
  const maySave = can(user?.role, "saveViews");

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(t("views.nameRequired"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const view = await saveView({ name: name.trim(), url: window.location.search, shared });
      setAnnouncement(t("views.saved", { name: view.name }));
      setName("");
      views.reload();
    } catch (caught) {
      const problem = toProblem(caught);
      setError(t("views.failed", { detail: problem.detail ?? problem.title }));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (view: SavedView) => {
    if (!window.confirm(t("views.confirmDelete", { name: view.name }))) return;
    try {
      await deleteView(view.id);
    } catch (caught) {
      const problem = toProblem(caught);
      setAnnouncement(t("views.failed", { detail: problem.detail ?? problem.title }));
    }
    views.reload();
  };

  const go = (event: MouseEvent, view: SavedView) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    openSavedView(view.url);
    setOpen(false);
  };

  return (
    <details className="export-menu saved-views" data-testid="saved-views" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="button button--on-header">{t("views.label")}</summary>
      <div className="export-menu__items saved-views__items">
        <h2 className="saved-views__heading">{t("views.heading")}</h2>
        {views.type === "loading" && <p className="data-empty">{t("views.loading")}</p>}
        {views.type === "error" && (
          <p className="param-form__error">{views.problem.status === 404 || views.problem.status === 403 ? t("views.unavailable") : t("views.error", { detail: views.problem.detail ?? views.problem.title })}</p>
        )}
        {views.type === "loaded" && views.data.views.length === 0 && <p className="data-empty">{t("views.empty")}</p>}
        {views.type === "loaded" && views.data.views.length > 0 && (
          <ul className="saved-views__list">
            {views.data.views.map((view) => (
              <li key={view.id} className="saved-views__item">
                <a href={savedViewSearch(view.url)} className="data-link" onClick={(event) => go(event, view)} aria-label={t("views.open", { name: view.name })}>{view.name}</a>
                <span className="saved-views__meta">
                  {view.marking && <><MarkingStrip marking={view.marking} label={t("views.marking")} position="tag" testId="saved-view-marking" />{" "}</>}
                  {view.shared && <span className="saved-views__badge">{t("views.shared")}</span>}
                  {view.owner !== user?.username && t("views.by", { owner: view.owner })}
                </span>
                {(view.owner === user?.username || can(user?.role, "manageUsers")) && (
                  <button type="button" className="button button--menu saved-views__delete" onClick={() => void remove(view)} aria-label={t("views.deleteNamed", { name: view.name })}>{t("views.delete")}</button>
                )}
              </li>
            ))}
          </ul>
        )}
        {maySave && (
          <form className="saved-views__form" onSubmit={(event) => void save(event)} noValidate aria-label={t("views.save")}>
            <h3 className="saved-views__heading">{t("views.save")}</h3>
            <label className="param-form__field">
              <span className="param-form__label">{t("views.name")}</span>
              <input className="param-form__input" value={name} maxLength={100} onChange={(event) => setName(event.target.value)}
                aria-invalid={error ? true : undefined} aria-describedby={error ? "saved-view-error" : undefined} />
            </label>
            <label className="filter-panel__check">
              <input type="checkbox" checked={shared} onChange={(event) => setShared(event.target.checked)} />
              {t("views.share")}
            </label>
            {error && <p id="saved-view-error" className="param-form__error">{error}</p>}
            <button type="submit" className="button button--primary" disabled={busy}>{busy ? t("views.saving") : t("views.saveButton")}</button>
          </form>
        )}
        <p className="visually-hidden" role="status">{announcement}</p>
      </div>
    </details>
  );
}
