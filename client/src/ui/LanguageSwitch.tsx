import { useTranslation } from "react-i18next";
import { LANGUAGES } from "../i18n/i18n";

/** FR / NL / EN for the whole UI and the entities' names. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t("language")}</span>
      <select
        className="button button--on-header"
        data-testid="language"
        value={i18n.language}
        onChange={(event) => void i18n.changeLanguage(event.target.value)}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`languages.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
