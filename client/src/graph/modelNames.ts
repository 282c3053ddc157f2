import { useCallback } from "react";
import { useGraphStore } from "./graphStore";
import type { Kind, RelationshipType } from "./graphModelSchema";
import { useLanguage } from "../i18n/useLanguage";

/** The model's names of kinds and relationship types in the UI's language; undefined for an id it does not know. */
export function useModelNames() {
  const model = useGraphStore((state) => state.model);
  const language = useLanguage();
  const kind = useCallback((id: string): Kind | undefined => model?.kinds.find((k) => k.id === id), [model]);
  const type = useCallback((id: string): RelationshipType | undefined => model?.relationshipTypes.find((r) => r.id === id), [model]);
  const kindName = useCallback((id: string) => kind(id)?.names[language], [kind, language]);
  const typeName = useCallback((id: string) => type(id)?.names[language], [type, language]);
  return { language, kind, type, kindName, typeName };
}
