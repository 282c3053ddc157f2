import type { AssumptionReport, ConfidenceLevel } from "../../contract/analysis-scope.ts";
import type { Language } from "../../contract/model.ts";

/*
 * An answer is compared with the same analysis counting only what a source states
 * (`minConfidence: "high"`). A finding of the answer missing from that strict answer
 * depends on an assumption or inference; a finding only the strict answer has is one the
 * assumed links hide (such as a partner that looks held by two threads when one of them
 * is only assumed).
 */

export function compareFindings(
  minConfidence: ConfidenceLevel, keys: readonly string[], strictKeys: readonly string[] | undefined,
): AssumptionReport {
  if (strictKeys === undefined) {
    return { minConfidence, dependentFindings: 0, hiddenFindings: 0, dependent: [], hidden: [], compared: false };
  }
  const strict = new Set(strictKeys);
  const here = new Set(keys);
  const dependent = [...here].filter((key) => !strict.has(key));
  const hidden = [...strict].filter((key) => !here.has(key));
  return { minConfidence, dependentFindings: dependent.length, hiddenFindings: hidden.length, dependent, hidden, compared: true };
}

const LEVEL_NAMES: Record<ConfidenceLevel, Record<Language, string>> = {
  low: { fr: "faible", nl: "laag", en: "low" },
  medium: { fr: "moyenne", nl: "gemiddeld", en: "medium" },
  high: { fr: "élevée", nl: "hoog", en: "high" },
};

/** The sentence an answer ends with about the assumptions it rests on, in the user's language. */
export function describeAssumptions(language: Language, report: AssumptionReport): string {
  const level = LEVEL_NAMES[report.minConfidence][language];
  if (report.minConfidence === "high") {
    return {
      fr: "Seuls les liens qu'une source affirme (confiance élevée) ont été comptés.",
      nl: "Alleen verbanden die een bron vermeldt (hoog vertrouwen) zijn meegeteld.",
      en: "Only links a source states (high confidence) were counted.",
    }[language];
  }
  if (!report.compared) {
    return {
      fr: `Liens comptés à partir d'une confiance ${level} ; la comparaison avec les seuls liens sûrs n'a pas pu être faite, car ce que vous retirez n'existe pas parmi eux.`,
      nl: `Verbanden meegeteld vanaf ${level} vertrouwen; de vergelijking met enkel zekere verbanden kon niet worden gemaakt, want wat u wegneemt bestaat daar niet.`,
      en: `Links counted from ${level} confidence up; the comparison with only stated links could not be made, since what you remove does not exist among them.`,
    }[language];
  }
  const { dependentFindings: dependent, hiddenFindings: hidden } = report;
  if (dependent === 0 && hidden === 0) {
    return {
      fr: `Liens comptés à partir d'une confiance ${level} : aucun constat ne change si l'on ne compte que ce qu'une source affirme.`,
      nl: `Verbanden meegeteld vanaf ${level} vertrouwen: geen enkele bevinding verandert als alleen telt wat een bron vermeldt.`,
      en: `Links counted from ${level} confidence up: no finding changes when only what a source states counts.`,
    }[language];
  }
  const rest = {
    fr: dependent === 0 ? "aucun de ces constats ne repose sur des liens supposés ou déduits"
      : `${dependent} de ces constats reposent sur des liens supposés ou déduits et disparaissent`,
    nl: dependent === 0 ? "geen van deze bevindingen berust op aangenomen of afgeleide verbanden"
      : `${dependent} van deze bevindingen berusten op aangenomen of afgeleide verbanden en verdwijnen`,
    en: dependent === 0 ? "none of these findings rests on assumed or inferred links"
      : `${dependent} of these findings rest on assumed or inferred links and vanish`,
  }[language];
  return {
    fr: `Liens comptés à partir d'une confiance ${level} : ${rest} si l'on ne compte que ce qu'une source affirme ; ${hidden} autre(s) constat(s) apparaissent alors.`,
    nl: `Verbanden meegeteld vanaf ${level} vertrouwen: ${rest} als alleen telt wat een bron vermeldt; dan verschijnen ${hidden} andere bevinding(en).`,
    en: `Links counted from ${level} confidence up: ${rest} when only what a source states counts; ${hidden} other finding(s) then appear.`,
  }[language];
}

/** The sentence saying which import sources an answer reads, when it is scoped to some. */
export function describeSources(language: Language, sources: readonly string[] | undefined): string {
  if (!sources) return "";
  const list = sources.join(", ");
  return {
    fr: ` Seuls les éléments chargés depuis ces sources ont été analysés : ${list}.`,
    nl: ` Alleen elementen geladen uit deze bronnen zijn geanalyseerd: ${list}.`,
    en: ` Only elements loaded from these sources were analysed: ${list}.`,
  }[language];
}
