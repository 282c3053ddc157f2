import i18next from "i18next";
import { beforeAll, beforeEach } from "vitest";
import { setupI18n } from "../../i18n/i18n";
import { resetStores } from "./exploreFixtures";

/** Every explore component test starts in English, on the small fixture graph, with the default view. */
export function setUpExploreComponentTests(): void {
  beforeAll(() => {
    setupI18n("en");
  });
  beforeEach(async () => {
    await i18next.changeLanguage("en");
    resetStores();
  });
}
