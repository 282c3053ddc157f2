import type { Random } from "./prng.ts";

/**
 * A small trilingual vocabulary for entity names, so that a handful of words each match
 * many entities, as "renseignement" or "terrorisme" do in the real network, and full-text
 * search meets realistic hit counts.
 */
export interface Names {
  nameFr: string;
  nameNl: string;
  nameEn: string;
  acronymFr?: string;
}

type Trilingual = readonly [fr: string, nl: string, en: string];

const REGIONS: Trilingual[] = [
  ["Nord", "Noord", "North"], ["Sud", "Zuid", "South"], ["Est", "Oost", "East"],
  ["Ouest", "West", "West"], ["Centre", "Centrum", "Central"], ["Littoral", "Kust", "Coast"],
  ["Ardennes", "Ardennen", "Ardennes"], ["Brabant", "Brabant", "Brabant"],
  ["Flandre", "Vlaanderen", "Flanders"], ["Wallonie", "Wallonië", "Wallonia"],
  ["Bruxelles", "Brussel", "Brussels"], ["Meuse", "Maas", "Meuse"], ["Escaut", "Schelde", "Scheldt"],
  ["Campine", "Kempen", "Campine"],
];

const TOPICS: Trilingual[] = [
  ["terrorisme", "terrorisme", "terrorism"], ["espionnage", "spionage", "espionage"],
  ["cybersécurité", "cyberveiligheid", "cybersecurity"], ["radicalisation", "radicalisering", "radicalisation"],
  ["prolifération", "proliferatie", "proliferation"], ["ingérence", "inmenging", "interference"],
  ["extrémisme", "extremisme", "extremism"], ["sabotage", "sabotage", "sabotage"],
  ["désinformation", "desinformatie", "disinformation"], ["criminalité organisée", "georganiseerde misdaad", "organised crime"],
];

const SERVICE_ROLES: Trilingual[] = [
  ["de renseignement", "Inlichtingendienst", "Intelligence Service"],
  ["de sécurité", "Veiligheidsdienst", "Security Service"],
  ["de renseignement militaire", "Militaire Inlichtingendienst", "Military Intelligence Service"],
  ["de contre-espionnage", "Contraspionagedienst", "Counter-Intelligence Service"],
];

const BODY_FORMS: Trilingual[] = [
  ["Comité", "Coördinatiecomité", "Coordination Committee"], ["Conseil", "Coördinatieraad", "Coordination Council"],
  ["Cellule", "Coördinatiecel", "Coordination Cell"], ["Plateforme", "Coördinatieplatform", "Coordination Platform"],
];

const PARTNERS: Trilingual[] = [
  ["Police fédérale", "Federale politie", "Federal Police"], ["Douane", "Douane", "Customs"],
  ["Parquet", "Parket", "Prosecutor's Office"], ["Centre de crise", "Crisiscentrum", "Crisis Centre"],
  ["Office des étrangers", "Dienst Vreemdelingenzaken", "Immigration Office"], ["Défense", "Defensie", "Defence"],
  ["Service partenaire étranger", "Buitenlandse partnerdienst", "Foreign Partner Service"],
  ["Autorité portuaire", "Havenautoriteit", "Port Authority"],
];

const MINISTRIES: Trilingual[] = [
  ["de la Justice", "van Justitie", "of Justice"], ["de la Défense", "van Defensie", "of Defence"],
  ["de l'Intérieur", "van Binnenlandse Zaken", "of Home Affairs"],
  ["des Affaires étrangères", "van Buitenlandse Zaken", "of Foreign Affairs"],
];

/** Words of the vocabulary a user might type into the search box (four letters or more). */
export const SEARCH_WORDS: readonly string[] = [
  ...new Set(
    [REGIONS, TOPICS, SERVICE_ROLES, BODY_FORMS, PARTNERS, MINISTRIES]
      .flat(2)
      .concat(["Service", "renseignement", "Officier", "liaison", "Réseau", "Plan", "action", "Projet", "Menace"])
      .flatMap((phrase) => phrase.split(/[^\p{L}]+/u))
      .filter((word) => word.length >= 4),
  ),
];

export type NamedKind = "Service" | "Body" | "Partner" | "Authority" | "Liaison" | "Plan" | "Project" | "Threat";

/** Names of the `number`-th entity of a kind, in the three languages. */
export function nameEntity(kind: NamedKind, number: number, random: Random): Names {
  const [rFr, rNl, rEn] = random.pick(REGIONS);
  const [tFr, tNl, tEn] = random.pick(TOPICS);
  switch (kind) {
    case "Service": {
      const [fr, nl, en] = random.pick(SERVICE_ROLES);
      return {
        nameFr: `Service ${number} ${fr} ${rFr}`, nameNl: `${nl} ${number} ${rNl}`, nameEn: `${en} ${number} ${rEn}`,
        acronymFr: `S${initials(fr)}${number}`,
      };
    }
    case "Body": {
      const [fr, nl, en] = random.pick(BODY_FORMS);
      return {
        nameFr: `${fr} ${number} de coordination ${rFr}`, nameNl: `${nl} ${number} ${rNl}`, nameEn: `${en} ${number} ${rEn}`,
        acronymFr: `${fr[0]}C${number}`,
      };
    }
    case "Partner": {
      const [fr, nl, en] = random.pick(PARTNERS);
      return { nameFr: `${fr} ${rFr} ${number}`, nameNl: `${nl} ${rNl} ${number}`, nameEn: `${en} ${rEn} ${number}` };
    }
    case "Authority": {
      const [fr, nl, en] = random.pick(MINISTRIES);
      return {
        nameFr: `Ministère ${number} ${fr}`, nameNl: `Ministerie ${number} ${nl}`, nameEn: `Ministry ${number} ${en}`,
        acronymFr: `MIN${number}`,
      };
    }
    case "Liaison":
      return nameLiaison(number, random.chance(0.7) ? "post" : "network", random);
    case "Plan":
      return { nameFr: `Plan d'action ${tFr} ${number}`, nameNl: `Actieplan ${tNl} ${number}`, nameEn: `${capital(tEn)} Action Plan ${number}` };
    case "Project":
      return { nameFr: `Projet ${tFr} ${rFr} ${number}`, nameNl: `Project ${tNl} ${rNl} ${number}`, nameEn: `${capital(tEn)} Project ${rEn} ${number}` };
    case "Threat":
      return { nameFr: `Menace ${tFr} ${rFr} ${number}`, nameNl: `Dreiging ${tNl} ${rNl} ${number}`, nameEn: `${capital(tEn)} Threat ${rEn} ${number}` };
  }
}

/** A liaison's name says whether it is one officer's post or a network. */
export function nameLiaison(number: number, form: "post" | "network", random: Random): Names {
  const [rFr, rNl, rEn] = random.pick(REGIONS);
  return form === "post"
    ? { nameFr: `Officier de liaison ${number} ${rFr}`, nameNl: `Verbindingsofficier ${number} ${rNl}`, nameEn: `Liaison Officer ${number} ${rEn}` }
    : { nameFr: `Réseau de liaison ${number} ${rFr}`, nameNl: `Verbindingsnetwerk ${number} ${rNl}`, nameEn: `Liaison Network ${number} ${rEn}` };
}

function initials(phrase: string): string {
  return phrase.split(/[\s-]+/).filter((word) => word.length > 2).map((word) => word[0]!.toUpperCase()).join("");
}

function capital(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}
