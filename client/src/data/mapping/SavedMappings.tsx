import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ImportMapping, SavedMapping } from "../../../../contract/import-mapping.ts";
import { isAbort, toProblem } from "../../api/fetchJson";
import { deleteMapping, fetchSavedMappings, saveMapping } from "./mappingApi";

/** The server's rule for a mapping's name. */
const MAPPING_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._()-]{0,99}$/u;

/**
 * Mappings kept by name for the next file of the same tool: save the current one, load
 * one (it replaces the form's mapping), delete one. What happened is said in a status line.
 */
export function SavedMappings({ mapping, onLoad }: { mapping: ImportMapping; onLoad(mapping: ImportMapping): void }) {
  const { t } = useTranslation("data");
  const [saved, setSaved] = useState<SavedMapping[]>([]);
  const [chosen, setChosen] = useState("");
  const [name, setName] = useState("");
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchSavedMappings(controller.signal).then(
      (answer) => setSaved(answer.mappings),
      (error: unknown) => {
        if (!isAbort(error)) setMessage({ text: toProblem(error).message, error: true });
      },
    );
    return () => controller.abort();
  }, [revision]);

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setMessage({ text: done, error: false });
      setRevision((value) => value + 1);
    } catch (error) {
      setMessage({ text: toProblem(error).message, error: true });
    }
  };
  const trimmed = name.trim();
  const nameValid = MAPPING_NAME.test(trimmed);

  return (
    <div className="mapping-saved" data-testid="mapping-saved">
      <div className="mapping-saved__group">
        <label htmlFor="mapping-saved-list" className="param-form__label">{t("mapping.saved.load")}</label>
        <div className="mapping-saved__controls">
          <select id="mapping-saved-list" className="param-form__input" value={chosen} onChange={(event) => setChosen(event.target.value)}>
            <option value="">{saved.length === 0 ? t("mapping.saved.none") : t("mapping.choose")}</option>
            {saved.map((entry) => <option key={entry.name} value={entry.name}>{entry.name}</option>)}
          </select>
          <button type="button" className="button" disabled={chosen === ""} onClick={() => {
            const entry = saved.find((candidate) => candidate.name === chosen);
            if (!entry) return;
            onLoad(entry.mapping);
            setMessage({ text: t("mapping.saved.loaded", { name: entry.name }), error: false });
          }}>{t("mapping.saved.loadButton")}</button>
          <button type="button" className="button" disabled={chosen === ""}
            onClick={() => act(() => deleteMapping(chosen), t("mapping.saved.deleted", { name: chosen })).then(() => setChosen(""))}>
            {t("mapping.saved.delete")}
          </button>
        </div>
      </div>
      <div className="mapping-saved__group">
        <label htmlFor="mapping-save-name" className="param-form__label">{t("mapping.saved.name")}</label>
        <div className="mapping-saved__controls">
          <input id="mapping-save-name" className="param-form__input" value={name} maxLength={100} autoComplete="off"
            aria-describedby="mapping-save-help" onChange={(event) => setName(event.target.value)} />
          <button type="button" className="button" disabled={!nameValid}
            onClick={() => act(() => saveMapping(trimmed, mapping), t("mapping.saved.savedAs", { name: trimmed }))}>
            {t("mapping.saved.save")}
          </button>
        </div>
        <p id="mapping-save-help" className="param-form__help">{t("mapping.saved.nameHelp")}</p>
      </div>
      {message && (
        <p role={message.error ? "alert" : "status"} className={message.error ? "param-form__error" : "param-form__help"} data-testid="mapping-saved-status">
          {message.text}
        </p>
      )}
    </div>
  );
}
