import type { EdgeData, Elements, NodeData } from "../../server/graph/elements.ts";
import { nameEntity, nameLiaison, type NamedKind } from "./names.ts";
import { mulberry32, type Random } from "./prng.ts";

/**
 * Seeded generator of cooperation-network-shaped graphs: a few hundred services, bodies
 * and authorities as hubs, and many partners, liaisons, plans, projects and threats.
 * Every entity is first anchored to the network by one relationship its kind typically
 * has (a liaison is assigned by a service, a plan approved by a body…); further
 * relationships are then drawn by type. Both ends are chosen by preferential attachment
 * within the model's endpoint rules, so degrees are heavy-tailed as in the real network.
 */
export interface GenerateOptions {
  /** How many entities. */
  nodes: number;
  /** Seed of the pseudo-random generator: the same seed gives the same graph. */
  seed?: number;
  /** Mean relationships per entity, counting both ends (relationships = nodes × meanDegree / 2). */
  meanDegree?: number;
}

export const generateDefaults = {
  seed: 20_240_601,
  meanDegree: 4,
};

type Kind = NamedKind;

/** One way to join two kinds; `weight` is its share among the draws. */
interface EdgeRule {
  type: string;
  from: Kind;
  to: Kind;
  weight: number;
}

/** How an entity of each kind first joins the network; it is the rule's `from` or `to`. */
const ANCHORS: Record<Kind, EdgeRule[]> = {
  Service: [{ type: "PART_OF", from: "Service", to: "Authority", weight: 1 }],
  Body: [{ type: "UNDER_AUTHORITY_OF", from: "Body", to: "Authority", weight: 1 }],
  Authority: [{ type: "OWNS", from: "Authority", to: "Liaison", weight: 1 }],
  Partner: [
    { type: "COOPERATES_WITH", from: "Service", to: "Partner", weight: 5 },
    { type: "DISSEMINATES_TO", from: "Service", to: "Partner", weight: 3 },
    { type: "MEETS_INFORMALLY", from: "Service", to: "Partner", weight: 2 },
  ],
  Liaison: [{ type: "ASSIGNS", from: "Service", to: "Liaison", weight: 1 }],
  Plan: [{ type: "APPROVED", from: "Body", to: "Plan", weight: 1 }],
  Project: [
    { type: "DEFINES", from: "Plan", to: "Project", weight: 3 },
    { type: "PARTICIPATES_IN", from: "Service", to: "Project", weight: 2 },
    { type: "MONITORS", from: "Body", to: "Project", weight: 1 },
  ],
  Threat: [
    { type: "ADDRESSES", from: "Project", to: "Threat", weight: 3 },
    { type: "COUNTERS", from: "Service", to: "Threat", weight: 2 },
    { type: "COUNTERS", from: "Partner", to: "Threat", weight: 1 },
  ],
};

/** The relationships drawn once every entity is anchored. */
const FURTHER: EdgeRule[] = [
  { type: "COOPERATES_WITH", from: "Service", to: "Service", weight: 4 },
  { type: "COOPERATES_WITH", from: "Service", to: "Partner", weight: 8 },
  { type: "DISSEMINATES_TO", from: "Service", to: "Partner", weight: 5 },
  { type: "DISSEMINATES_TO", from: "Service", to: "Service", weight: 2 },
  { type: "MEETS_INFORMALLY", from: "Service", to: "Service", weight: 2 },
  { type: "MEETS_INFORMALLY", from: "Service", to: "Partner", weight: 3 },
  { type: "PARTICIPATES_IN", from: "Service", to: "Body", weight: 4 },
  { type: "PARTICIPATES_IN", from: "Service", to: "Project", weight: 6 },
  { type: "POSTED_TO", from: "Liaison", to: "Service", weight: 3 },
  { type: "POSTED_TO", from: "Liaison", to: "Partner", weight: 3 },
  { type: "MANAGES", from: "Service", to: "Liaison", weight: 2 },
  { type: "OWNS", from: "Authority", to: "Liaison", weight: 1 },
  { type: "PARTY_TO", from: "Service", to: "Plan", weight: 3 },
  { type: "APPROVED", from: "Body", to: "Plan", weight: 1 },
  { type: "DEFINES", from: "Plan", to: "Project", weight: 3 },
  { type: "MONITORS", from: "Body", to: "Project", weight: 5 },
  { type: "ADDRESSES", from: "Project", to: "Threat", weight: 5 },
  { type: "COUNTERS", from: "Service", to: "Threat", weight: 3 },
  { type: "COUNTERS", from: "Partner", to: "Threat", weight: 2 },
  { type: "COUNTERS", from: "Body", to: "Threat", weight: 1 },
  { type: "COUNTERS", from: "Project", to: "Threat", weight: 2 },
];

/** Shares of the entities that are not hubs. */
const LEAF_SHARES: [Kind, number][] = [
  ["Partner", 0.34], ["Liaison", 0.16], ["Plan", 0.08], ["Project", 0.3], ["Threat", 0.12],
];

/** How many entities of each kind a graph of `total` entities holds. */
export function kindCounts(total: number): Record<Kind, number> {
  const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, Math.round(value)));
  const hubs = {
    Service: clamp(total * 0.03, 8, 400),
    Body: clamp(total * 0.01, 4, 150),
    Authority: clamp(total * 0.004, 3, 40),
  };
  const leaves = Math.max(total - hubs.Service - hubs.Body - hubs.Authority, LEAF_SHARES.length);
  const counts = { ...hubs } as Record<Kind, number>;
  let left = leaves;
  LEAF_SHARES.forEach(([kind, share], i) => {
    counts[kind] = i === LEAF_SHARES.length - 1 ? left : Math.max(1, Math.round(leaves * share));
    left -= counts[kind];
  });
  return counts;
}

const SYMMETRIC: ReadonlySet<string> = new Set(["COOPERATES_WITH", "MEETS_INFORMALLY"]);

export function generateGraph(options: GenerateOptions): Elements {
  const { seed, meanDegree } = { ...generateDefaults, ...options };
  const random = mulberry32(seed);
  const counts = kindCounts(options.nodes);
  const nodes: { data: NodeData }[] = [];
  const byKind = {} as Record<Kind, number[]>;
  for (const kind of Object.keys(counts) as Kind[]) {
    byKind[kind] = [];
    for (let number = 1; number <= counts[kind]; number += 1) {
      byKind[kind].push(nodes.length);
      nodes.push({ data: nodeData(kind, number, random) });
    }
  }

  // A kind's pool holds each of its entities once, plus once per relationship end:
  // a uniform draw from it picks an entity with odds proportional to its degree + 1.
  const pools = Object.fromEntries(Object.entries(byKind).map(([kind, ids]) => [kind, [...ids]])) as Record<Kind, number[]>;
  const edges: { data: EdgeData }[] = [];
  const taken = new Set<string>();
  const connect = (rule: EdgeRule, source: number, target: number): boolean => {
    // A symmetric type's tie is one relationship whichever way it is read: an import would merge b→a into a→b.
    const [low, high] = SYMMETRIC.has(rule.type) && target < source ? [target, source] : [source, target];
    const key = `${rule.type}|${low}|${high}`;
    if (source === target || taken.has(key)) return false;
    taken.add(key);
    pools[rule.from].push(source);
    pools[rule.to].push(target);
    edges.push({ data: edgeData(rule.type, `rel-${edges.length + 1}`, nodes[source]!.data.id, nodes[target]!.data.id, random) });
    return true;
  };
  const draw = (kind: Kind) => random.pick(pools[kind]);

  const anchorOrder = shuffled(nodes.map((_, i) => i), random);
  for (const index of anchorOrder) {
    const kind = nodes[index]!.data.kind as Kind;
    const rule = weighted(ANCHORS[kind], random);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const joined = rule.from === kind ? connect(rule, index, draw(rule.to)) : connect(rule, draw(rule.from), index);
      if (joined) break;
    }
  }

  const wanted = Math.round((options.nodes * meanDegree) / 2);
  for (let misses = 0; edges.length < wanted && misses < wanted;) {
    const rule = weighted(FURTHER, random);
    if (!connect(rule, draw(rule.from), draw(rule.to))) misses += 1;
  }
  return { nodes, edges };
}

const CLASSIFICATIONS = ["UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET"];
const CONFIDENCES = ["low", "medium", "high"];

function nodeData(kind: Kind, number: number, random: Random): NodeData {
  const id = `${kind.toLowerCase()}-${number}`;
  const common = { classification: random.pick(CLASSIFICATIONS), documented: random.chance(0.6) };
  switch (kind) {
    case "Service":
    case "Body":
    case "Authority": {
      const names = nameEntity(kind, number, random);
      return {
        id, kind, ...names, ...common, nameOfficialFr: true,
        descriptionFr: `${names.nameFr} : un acteur central du réseau de coopération.`,
        ...(kind === "Service" ? { group: random.chance(0.05) } : {}),
      };
    }
    case "Partner":
      return { id, kind, ...nameEntity(kind, number, random), ...common, scope: random.chance(0.3) ? "international" : "national" };
    case "Liaison": {
      const form = random.chance(0.7) ? "post" : "network";
      return { id, kind, ...nameLiaison(number, form, random), ...common, form };
    }
    case "Project":
      return { id, kind, ...nameEntity(kind, number, random), ...common, number };
    case "Plan":
    case "Threat":
      return { id, kind, ...nameEntity(kind, number, random), ...common };
  }
}

function edgeData(type: string, id: string, source: string, target: string, random: Random): EdgeData {
  const data: EdgeData = { id, source, target, type };
  if (random.chance(0.5)) data.confidence = random.pick(CONFIDENCES);
  if (random.chance(0.1)) data.validFrom = randomDate(random);
  switch (type) {
    case "COOPERATES_WITH":
      data.intensity = random.pick(["close", "regular", "occasional"]);
      break;
    case "DISSEMINATES_TO":
      data.products = random.pick(["notes", "rapports", "analyses de la menace"]);
      break;
    case "MANAGES":
      data.intelligenceMission = random.chance(0.5);
      break;
    case "APPROVED":
      data.date = randomDate(random);
      break;
    case "MONITORS":
      data.cadence = random.pick(["P1W", "P1M", "P3M", "P6M", "P1Y"]);
      if (random.chance(0.5)) data.lastReviewed = randomDate(random);
      break;
  }
  return data;
}

function randomDate(random: Random): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${2010 + random.below(15)}-${pad(1 + random.below(12))}-${pad(1 + random.below(28))}`;
}

function weighted(rules: EdgeRule[], random: Random): EdgeRule {
  let left = random.next() * rules.reduce((sum, rule) => sum + rule.weight, 0);
  for (const rule of rules) {
    left -= rule.weight;
    if (left < 0) return rule;
  }
  return rules[rules.length - 1]!;
}

function shuffled<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = random.below(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
