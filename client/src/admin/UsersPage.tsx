import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSignedInUser } from "../session/sessionStore";
import { useUsers } from "./adminApi";
import { UserCreateForm } from "./UserCreateForm";
import { UserRow } from "./UserRow";

/** Admins: every account, a form for a new one, and each account's changes in its row. */
export function UsersPage() {
  const { t, i18n } = useTranslation("access");
  const me = useSignedInUser();
  const users = useUsers();
  const [announcement, setAnnouncement] = useState("");
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  const changed = (message: string) => {
    setAnnouncement(message);
    users.reload();
  };

  return (
    <main className="data-page data-page--single" data-testid="users-page">
      <section className="data-section" aria-labelledby="users-heading">
        <h2 id="users-heading" className="data-section__heading">{t("users.heading")}</h2>
        <p className="data-section__intro">{t("users.intro")}</p>
        <p className="access-announcement" role="status" data-testid="users-announcement">{announcement}</p>
        <UserCreateForm onCreated={(username) => changed(t("users.create.created", { username }))} />
        {users.type === "loading" && <p className="data-empty">{t("users.loading")}</p>}
        {users.type === "error" && <p className="param-form__error" role="alert">{t("users.error", { detail: users.problem.detail ?? users.problem.title })}</p>}
        {users.type === "loaded" && (
          <div className="data-scroll">
            <table className="data-table users-table" data-testid="users-table">
              <caption>{t("users.caption")}</caption>
              <thead>
                <tr>
                  {(["username", "role", "clearance", "caveats", "status", "updated", "actions"] as const).map((column) => (
                    <th key={column} scope="col">{t(`users.columns.${column}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {users.data.users.map((user) => (
                  <UserRow key={user.username} user={user} isSelf={user.username === me?.username} onChanged={changed} formatTime={(iso) => format.format(new Date(iso))} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
