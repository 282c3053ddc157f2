import { highestMarking, type Marking, type ResponseMarking } from "../../contract/markings.ts";


type StoredMarking = { classification?: unknown; caveats?: unknown };

/** An element's own marking from its stored properties: `caveats` is a `;`-separated string. */
export function markingOfProps(element: object): Marking {
  const props = element as StoredMarking;
  return {
    classification: typeof props.classification === "string" ? props.classification : null,
    caveats: typeof props.caveats === "string" ? props.caveats.split(";").filter((caveat) => caveat !== "") : [],
  };
}

/** The marking of a whole made of elements (their data or stored properties). */
export function markingOf(parts: Iterable<object>): ResponseMarking {
  return highestMarking([...parts].map(markingOfProps));
}

/** The marking of Cytoscape elements. */
export function markingOfElements(elements: { nodes: { data: object }[]; edges: { data: object }[] }): ResponseMarking {
  return markingOf([...elements.nodes, ...elements.edges].map((element) => element.data));
}

/** The entries of `markings` columns (lists of stored {classification, caveats}), flattened. */
export function markingsIn(lists: unknown[]): StoredMarking[] {
  return lists.flatMap((list) => (Array.isArray(list) ? list as StoredMarking[] : []));
}

/** The marking of what `markings` columns describe. */
export function markingOfRows(lists: unknown[]): ResponseMarking {
  return markingOf(markingsIn(lists));
}
