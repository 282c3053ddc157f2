import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../ui/LanguageSwitch";

/** The frame of the pages before the dashboard: its title, the language switch, one card. */
export function SignInFrame({ heading, children, testId }: { heading: string; children: ReactNode; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="app">
      <header className="app__header">
        <p className="app__title">{t("title")}</p>
        <div className="app__header-tools"><LanguageSwitch /></div>
      </header>
      <main className="sign-in" data-testid={testId}>
        <div className="sign-in__card">
          <h1 className="sign-in__title">{heading}</h1>
          {children}
        </div>
      </main>
    </div>
  );
}
