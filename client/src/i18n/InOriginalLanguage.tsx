import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../../contract/model.ts";
import { useLanguage } from "./useLanguage";

/**
 * Text written in one language (a French description, a name the source gives in French
 * only), shown as it is. When the UI speaks another language the text says which one it
 * is in, with `lang` for screen readers and a visible mark ("FR") for everyone, so a Dutch
 * or English reader never takes it for a translation that went wrong.
 */
export function InOriginalLanguage({ language, children }: { language: Language; children: ReactNode }) {
  const { t } = useTranslation("panels");
  const uiLanguage = useLanguage();
  if (language === uiLanguage) return <span lang={language}>{children}</span>;
  const title = t(`details.originalText.${language}`);
  return (
    <>
      <span lang={language}>{children}</span>
      <abbr className="language-mark" title={title} data-testid="original-language">
        {language.toUpperCase()}
        <span className="visually-hidden"> ({title})</span>
      </abbr>
    </>
  );
}
