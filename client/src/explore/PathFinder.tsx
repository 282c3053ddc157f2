import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useModelNames } from "../graph/modelNames";
import { PathList } from "./PathList";
import { usePathFinder, type PathMode } from "./usePathFinder";
import { EntityPicker } from "../queries/ParamFormEntityPicker";
import { BusyLine, ProblemNotice } from "../ui/StatusNotices";

const K_MIN = 1;
const K_MAX = 20;

/** Paths from the selected entity to a picked one: all shortest, or the k shortest; shown on the canvas. */
export function PathFinder({ from, fromName }: { from: string; fromName: string }) {
  const { t } = useTranslation("panels");
  const { language } = useModelNames();
  const { search, find, clear, emphasise } = usePathFinder();
  const [to, setTo] = useState<string | null>(null);
  const [mode, setMode] = useState<PathMode["type"]>("allShortest");
  const [k, setK] = useState("3");
  const id = useId();
  const kNumber = Number(k);
  const kValid = Number.isInteger(kNumber) && kNumber >= K_MIN && kNumber <= K_MAX;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!to || (mode === "kShortest" && !kValid)) return;
    void find({ from, to, language, mode: mode === "kShortest" ? { type: "kShortest", k: kNumber } : { type: "allShortest" } });
  };

  return (
    <section className="details-section path-finder" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="side-panel__subheading">{t("paths.heading")}</h3>
      <form onSubmit={submit} noValidate className="path-finder__form">
        <p className="path-finder__from">
          <span className="param-form__label">{t("paths.from")}</span> {fromName}
        </p>
        <div className="param-form__field">
          <label className="param-form__label" htmlFor={`${id}-to`}>{t("paths.to")}</label>
          <EntityPicker id={`${id}-to`} value={to} onChange={setTo} />
        </div>
        <fieldset className="path-finder__mode">
          <legend className="param-form__label">{t("paths.mode")}</legend>
          <label className="param-form__check">
            <input type="radio" name={`${id}-mode`} checked={mode === "allShortest"} onChange={() => setMode("allShortest")} />
            {t("paths.allShortest")}
          </label>
          <label className="param-form__check">
            <input type="radio" name={`${id}-mode`} checked={mode === "kShortest"} onChange={() => setMode("kShortest")} />
            {t("paths.kShortest")}
          </label>
          <label className="path-finder__k">
            <span>{t("paths.k")}</span>
            <input
              type="number"
              className="param-form__input"
              min={K_MIN}
              max={K_MAX}
              step={1}
              value={k}
              disabled={mode !== "kShortest"}
              aria-invalid={(mode === "kShortest" && !kValid) || undefined}
              onChange={(e) => setK(e.target.value)}
            />
          </label>
          {mode === "kShortest" && !kValid && <p className="param-form__error">{t("paramForm.range", { min: K_MIN, max: K_MAX })}</p>}
        </fieldset>
        <div className="param-form__actions">
          <button type="submit" className="button button--primary" disabled={!to || search.type === "searching"}>
            {t("paths.find")}
          </button>
          {search.type !== "idle" && <button type="button" className="button" onClick={clear}>{t("paths.clear")}</button>}
        </div>
      </form>
      <div aria-live="polite">
        {search.type === "searching" && <BusyLine text={t("paths.searching")} />}
        {search.type === "error" && <ProblemNotice problem={search.problem} />}
        {search.type === "found" && <PathList answer={search.answer} onShow={emphasise} />}
      </div>
    </section>
  );
}
