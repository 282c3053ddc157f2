/** An element's data as the details panel reads it: its properties by name. */
export type ElementData = Record<string, unknown>;
